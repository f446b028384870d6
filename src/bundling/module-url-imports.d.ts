/** `import url from 'module-url:./some-module.ts'`: the URL of that module's chunk (`module-url.ts`). */
declare module 'module-url:*' {
	const url: string;
	export default url;
}
