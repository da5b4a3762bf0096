/**
 * Build plugin: removes Preact's one `innerHTML` write (the `dangerouslySetInnerHTML`
 * branch). SupportLink never uses that prop, so the shipped code — which runs inside
 * Microsoft's portals — keeps no HTML-injection sink, and `web-ext lint` has no
 * UNSAFE_VAR_ASSIGNMENT to report. A Preact update that changes the code fails the
 * build here instead of silently shipping the sink again.
 */
const PREACT_DIST = /[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
const WRITE = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

export interface TransformContext {
  error(message: string): never;
}

export function stripPreactInnerHtml() {
  return {
    name: 'supportlink:strip-preact-inner-html',
    transform(this: TransformContext, code: string, id: string) {
      if (!PREACT_DIST.test(id.split('?')[0] ?? '')) return null;
      const found = code.match(WRITE)?.length ?? 0;
      if (found !== 1)
        this.error(`expected one innerHTML write in ${id}, found ${found}: update this plugin`);
      return {
        code: code.replace(WRITE, '(()=>{throw Error("dangerouslySetInnerHTML is not supported")})()'),
        map: null,
      };
    },
  };
}
