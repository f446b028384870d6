/** The chosen file's size in the claim simulator (#17): the largest unit that fits, never "5,242,880 MB". */
import { describe, expect, it } from 'vitest';
import { formatSize } from '../../../src/islands/claim-simulator/format.ts';

describe('formatSize', () => {
	it('writes each size in the largest unit it fills', () => {
		expect(formatSize(248_312, 'en')).toBe('242.5 kB');
		expect(formatSize(512, 'en')).toBe('512 byte');
		expect(formatSize(5 * 1024 ** 2, 'en')).toBe('5 MB');
		expect(formatSize(3.5 * 1024 ** 3, 'en')).toBe('3.5 GB');
		expect(formatSize(5 * 1024 ** 4, 'en')).toBe('5 TB');
		expect(formatSize(2 * 1024 ** 6, 'en')).toBe('2,048 PB');
	});

	it('in the page language', () => {
		expect(formatSize(5 * 1024 ** 4, 'ja')).toContain('5');
		expect(formatSize(5 * 1024 ** 4, 'zh-TW')).toContain('5');
		expect(formatSize(5 * 1024 ** 4, 'ja')).not.toContain('5,242,880');
	});
});
