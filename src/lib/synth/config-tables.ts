/**
 * The two big parameter tables: the twelve categories (modelled on the mall's own list: 数码家电、汽车、服装鞋帽、
 * 食品饮料、珠宝礼品、交通旅游 …) and the six hidden customer archetypes. Medians follow STUDY.md; the rest is
 * calibrated so that the study's findings hold (findings.test.ts states the measured values).
 */
import type { ArchetypeDef, CategoryDef } from './config-types';

// Month multipliers, index 0 = January. Spring Festival 2015 fell on 19 February: food, agricultural specialties,
// gifts and gold peak in January-February; travel peaks with the festival rush and the summer and October holidays;
// car sales follow "金九银十" (September-October) and the year-end.
export const CATEGORIES: readonly CategoryDef[] = [
	{ code: 'appliances', name_en: 'Big appliances', name_zh: '大家电', big_ticket: true, median_cny: 3200, sigma: 0.45,
		month_multipliers: [1, 0.9, 1, 1, 1, 1.25, 1, 1, 1, 1, 1.2, 1] },
	{ code: 'digital', name_en: 'Digital products', name_zh: '数码产品', big_ticket: true, median_cny: 2200, sigma: 0.6,
		month_multipliers: [1, 0.9, 1, 1, 1, 1.2, 1, 1, 1.15, 1, 1.15, 1] },
	{ code: 'auto', name_en: 'Auto (auto mall)', name_zh: '汽车', big_ticket: true, median_cny: 80000, sigma: 0.4,
		month_multipliers: [1, 0.7, 1.1, 1, 1, 0.9, 1, 1, 1.35, 1.3, 0.7, 1.3] },
	{ code: 'precious_metals', name_en: 'Precious metals', name_zh: '贵金属', big_ticket: true, median_cny: 2800,
		sigma: 0.7, month_multipliers: [1.3, 1.6, 1, 1, 1, 1, 1, 1, 1, 1.1, 1, 1] },
	{ code: 'jewellery_gifts', name_en: 'Jewellery & gifts', name_zh: '珠宝礼品', big_ticket: true, median_cny: 1300,
		sigma: 0.6, month_multipliers: [1.3, 1.9, 0.9, 1, 1.1, 1, 1, 1, 1, 1, 1, 1.1] },
	{ code: 'agri_specialty', name_en: 'Agricultural specialties', name_zh: '农特产品', big_ticket: false,
		median_cny: 90, sigma: 0.55, month_multipliers: [1.4, 1.9, 1, 1, 1, 1, 1, 1, 1.2, 1, 1, 1] },
	{ code: 'clothing_shoes', name_en: 'Clothing & shoes', name_zh: '服装鞋帽', big_ticket: false, median_cny: 260,
		sigma: 0.55, month_multipliers: [1, 1, 1.1, 1, 1, 1, 1, 1, 1.1, 1, 1.15, 1] },
	{ code: 'food_beverage', name_en: 'Food & beverage', name_zh: '食品饮料', big_ticket: false, median_cny: 110,
		sigma: 0.55, month_multipliers: [1.3, 2, 1, 1, 1, 1, 1, 1, 1.15, 1, 1, 1] },
	{ code: 'home_living', name_en: 'Home & living', name_zh: '家居生活', big_ticket: false, median_cny: 320,
		sigma: 0.6 },
	{ code: 'travel', name_en: 'Travel & transport', name_zh: '交通旅游', big_ticket: true, median_cny: 1500,
		sigma: 0.6, month_multipliers: [1.3, 1.5, 1, 1, 1, 0.8, 1.3, 1.3, 1, 1.3, 0.6, 1] },
	// Top-up and fuel is a routine purchase: its multipliers undo most of the base seasonality.
	{ code: 'topup_fuel', name_en: 'Top-up & fuel', name_zh: '充值缴费/加油', big_ticket: false, median_cny: 100,
		sigma: 0.45, month_multipliers: [1.1, 1.2, 1.1, 1.1, 1.1, 0.85, 1.1, 1.1, 1.05, 1, 0.75, 0.9] },
	{ code: 'health_beauty', name_en: 'Health & beauty', name_zh: '健康美妆', big_ticket: false, median_cny: 210,
		sigma: 0.55, month_multipliers: [1, 1, 1.15, 1, 1, 1, 1, 1, 1, 1, 1.15, 1] }
];

// Category weights are relative shares of an archetype's orders. Small tickets for light and small-active
// customers; big appliances, digital and cars for big-ticket buyers; gold, jewellery and travel for the affluent.
export const ARCHETYPES: readonly ArchetypeDef[] = [
	{ code: 'light', name_en: 'Light', share: 0.38, orders: { extra_mean: 0.8, shape: 1.2 }, ticket_multiplier: 0.8,
		category_weights: { appliances: 0.6, digital: 2, auto: 0, precious_metals: 0.2, jewellery_gifts: 1,
			agri_specialty: 13, clothing_shoes: 14, food_beverage: 25, home_living: 7, travel: 1.2, topup_fuel: 23,
			health_beauty: 13 },
		age_weights: [0.15, 0.32, 0.25, 0.16, 0.12], female_share: 0.52,
		city_tier_weights: [0.14, 0.3, 0.32, 0.24], card_type_weights: [0.85, 0.13, 0.02, 0] },
	{ code: 'small_active', name_en: 'Small-active', share: 0.27, orders: { extra_mean: 15, shape: 4 },
		ticket_multiplier: 0.55,
		category_weights: { appliances: 0.1, digital: 0.6, auto: 0, precious_metals: 0, jewellery_gifts: 0.4,
			agri_specialty: 12, clothing_shoes: 18, food_beverage: 26, home_living: 4, travel: 0.5, topup_fuel: 22,
			health_beauty: 13 },
		age_weights: [0.4, 0.5, 0.08, 0.015, 0.005], female_share: 0.58,
		city_tier_weights: [0.22, 0.36, 0.28, 0.14], card_type_weights: [0.9, 0.09, 0.01, 0] },
	{ code: 'mainstream', name_en: 'Mainstream', share: 0.19, orders: { extra_mean: 6, shape: 2.5 },
		ticket_multiplier: 1.1,
		category_weights: { appliances: 2, digital: 6, auto: 0, precious_metals: 0.5, jewellery_gifts: 3,
			agri_specialty: 8, clothing_shoes: 16, food_beverage: 17, home_living: 16, travel: 5, topup_fuel: 16,
			health_beauty: 10 },
		age_weights: [0.1, 0.38, 0.3, 0.15, 0.07], female_share: 0.53,
		city_tier_weights: [0.2, 0.34, 0.3, 0.16], card_type_weights: [0.7, 0.25, 0.05, 0] },
	{ code: 'big_ticket', name_en: 'Big-ticket', share: 0.08, orders: { extra_mean: 4, shape: 2 },
		ticket_multiplier: 1.2,
		category_weights: { appliances: 22, digital: 18, auto: 7, precious_metals: 3, jewellery_gifts: 5,
			agri_specialty: 3, clothing_shoes: 6, food_beverage: 6, home_living: 12, travel: 8, topup_fuel: 5,
			health_beauty: 5 },
		age_weights: [0.04, 0.34, 0.36, 0.18, 0.08], female_share: 0.45,
		city_tier_weights: [0.26, 0.36, 0.26, 0.12], card_type_weights: [0.55, 0.33, 0.11, 0.01] },
	{ code: 'affluent', name_en: 'Affluent', share: 0.05, orders: { extra_mean: 7, shape: 3 }, ticket_multiplier: 1.4,
		category_weights: { appliances: 6, digital: 6, auto: 2, precious_metals: 20, jewellery_gifts: 16,
			agri_specialty: 6, clothing_shoes: 5, food_beverage: 6, home_living: 6, travel: 18, topup_fuel: 3,
			health_beauty: 6 },
		age_weights: [0.01, 0.08, 0.23, 0.35, 0.33], female_share: 0.5,
		city_tier_weights: [0.36, 0.36, 0.2, 0.08], card_type_weights: [0.25, 0.4, 0.3, 0.05] },
	{ code: 'vip', name_en: 'VIP', share: 0.03, orders: { extra_mean: 24, shape: 3 }, ticket_multiplier: 1.6,
		category_weights: { appliances: 10, digital: 10, auto: 3, precious_metals: 10, jewellery_gifts: 9,
			agri_specialty: 6, clothing_shoes: 9, food_beverage: 8, home_living: 9, travel: 12, topup_fuel: 7,
			health_beauty: 7 },
		age_weights: [0.02, 0.2, 0.36, 0.28, 0.14], female_share: 0.48,
		city_tier_weights: [0.45, 0.35, 0.15, 0.05], card_type_weights: [0.15, 0.35, 0.38, 0.12] }
];
