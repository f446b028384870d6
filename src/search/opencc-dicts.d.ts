/** OpenCC's dictionaries in `opencc-js` 1.4 (`dist/esm-lib/dict/*.js`): `"from to|from to|…"`, untyped upstream. */
declare module 'opencc-js/dict/*' {
	const dict: string;
	export default dict;
}
