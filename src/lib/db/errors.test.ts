import { describe, expect, it } from 'vitest';
import { duckdbMessage, sqlError } from './errors';

describe('duckdbMessage', () => {
	it('unwraps DuckDB-WASM JSON errors into the message the CLI and Node API print', () => {
		const wasm = JSON.stringify({
			exception_type: 'Parser',
			exception_message: 'syntax error at or near "SELEC"\n\nLINE 1: SELEC 1\n        ^',
			error_subtype: 'SYNTAX_ERROR',
			position: '0'
		});
		expect(duckdbMessage(wasm)).toBe('Parser Error: syntax error at or near "SELEC"\n\nLINE 1: SELEC 1\n        ^');
		expect(sqlError(new Error(wasm)).message).toBe(duckdbMessage(wasm));
		expect(sqlError(new Error(wasm)).kind).toBe('sql');
	});
	it('leaves plain messages and other JSON as they are', () => {
		expect(duckdbMessage('Binder Error: column "x" not found')).toBe('Binder Error: column "x" not found');
		expect(duckdbMessage('{not json')).toBe('{not json');
		expect(duckdbMessage('{"a":1}')).toBe('{"a":1}');
		expect(duckdbMessage(JSON.stringify({ exception_message: 'only a message' }))).toBe('only a message');
	});
});
