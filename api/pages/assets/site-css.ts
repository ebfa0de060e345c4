/**
 * The pages' stylesheet, served at `/assets/site.css`. Hand-written, no build step: a readable
 * single column up to 72rem, forms that reflow from one row (1280 px) to one column (390 px),
 * nothing wider than the viewport, and a print layout without navigation and forms.
 */
export const SITE_CSS =
  `
:root{--ink:#1d1f23;--muted:#5b616b;--line:#d9dce1;--surface:#f5f6f8;--accent:#1f4e79;--ok:#1e6b3a;` +
  `--ok-bg:#e3f3e8;--doubt:#7a4b00;--doubt-bg:#fff0d1;--off:#555;--off-bg:#eceef1}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;` +
  `color:var(--ink);background:#fff;overflow-wrap:break-word}
a{color:var(--accent)}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
.skip{position:absolute;left:-9999px;top:0}
.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.4rem .8rem;z-index:10}
header.site{border-bottom:1px solid var(--line);background:var(--surface)}
.bar{max-width:72rem;margin:0 auto;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.3rem 1.5rem;` +
  `align-items:baseline;justify-content:space-between}
.brand{font-weight:700;color:var(--ink);text-decoration:none}
.brand small{font-weight:400;color:var(--muted)}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1.2rem}
nav a[aria-current=page]{font-weight:700;text-decoration:none;color:var(--ink)}
main{max-width:72rem;margin:0 auto;padding:1rem 1rem 3rem}
footer.site{max-width:72rem;margin:0 auto;padding:1rem;border-top:1px solid var(--line);color:var(--muted);` +
  `font-size:.875rem}
h1{font-size:1.55rem;line-height:1.25;margin:.5rem 0 .8rem}
h2{font-size:1.25rem;line-height:1.3;margin:2rem 0 .6rem}
h3{font-size:1.08rem;line-height:1.35;margin:1.2rem 0 .4rem}
h4,h5{font-size:1rem;margin:1.1rem 0 .4rem}
p{margin:.45rem 0}
.muted,.hint{color:var(--muted)}
.hint{font-size:.875rem}
.crumbs{font-size:.9rem;color:var(--muted);margin:.2rem 0}
form.panel{display:grid;gap:.8rem 1rem;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));` +
  `align-items:start;background:var(--surface);padding:1rem;border:1px solid var(--line);border-radius:.5rem;` +
  `margin:.8rem 0}
form.inline{display:flex;flex-wrap:wrap;gap:.6rem 1rem;align-items:end;margin:.6rem 0}
form.inline .field{flex:1 1 12rem;max-width:20rem}
.field{display:flex;flex-direction:column;gap:.2rem;min-width:0}
.field.wide{grid-column:1/-1}
label{font-weight:600}
input,select{font:inherit;line-height:1.5;height:2.6rem;padding:.4rem .6rem;border:1px solid #8d949e;` +
  `border-radius:.35rem;width:100%;min-width:0;background:#fff;color:var(--ink)}
form.panel>.actions{align-self:end}
@media (max-width:40rem){form.panel{padding:.75rem}select{font-size:.95rem;padding-left:.45rem}}
button,.button{font:inherit;font-weight:600;padding:.5rem 1.1rem;border:1px solid var(--accent);` +
  `border-radius:.35rem;background:var(--accent);color:#fff;cursor:pointer;text-decoration:none;` +
  `display:inline-block}
.actions{display:flex;gap:.6rem;align-items:center;flex-wrap:wrap}
.error{border-left:4px solid #b42318;background:#fdecea;padding:.6rem 1rem;margin:.8rem 0;border-radius:0 ` +
  `.35rem .35rem 0}
.note{border-left:4px solid var(--accent);background:var(--surface);padding:.6rem 1rem;margin:.8rem 0;` +
  `border-radius:0 .35rem .35rem 0}
.badge{display:inline-block;padding:.05rem .55rem;border-radius:1rem;font-size:.8rem;font-weight:700;` +
  `white-space:nowrap;vertical-align:.1em}
.badge.ok{color:var(--ok);background:var(--ok-bg)}
.badge.doubt{color:var(--doubt);background:var(--doubt-bg)}
.badge.off{color:var(--off);background:var(--off-bg)}
.badge.warn{color:#fff;background:#b42318}
ul.group-list{list-style:none;padding:0;margin:.4rem 0 0;border-top:1px solid var(--line)}
ul.group-list>li{border-bottom:1px solid var(--line);padding:.3rem 0}
ul.group-list summary{cursor:pointer}
ul.group-list details>p{margin:.3rem 0 .3rem 1.1rem}
.data-error{border-left:4px solid #b42318;background:#fdecea;padding:.35rem .8rem;margin:.4rem 0;` +
  `border-radius:0 .35rem .35rem 0;font-size:.925rem}
.badge.kind{color:var(--ink);background:#eceff3;font-weight:600}
.card{border:1px solid var(--line);border-radius:.5rem;padding:.8rem 1rem;margin:.9rem 0}
.card>h2,.card>h3{margin-top:.2rem}
ol.cards{list-style:none;padding:0;margin:0}
dl.facts{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.3rem 1rem;margin:.5rem 0}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0;min-width:0}
@media (max-width:40rem){dl.facts{grid-template-columns:minmax(0,1fr);gap:0}dl.facts dd{margin-bottom:.45rem}` +
  `h1{font-size:1.3rem}}
.when b{font-weight:700}
.qual{color:var(--muted)}
.timeline{margin:.6rem 0}
.timeline svg{display:block;width:100%;max-width:60rem;height:auto;font-family:inherit}
.timeline svg a:focus rect{stroke:#f0a500;stroke-width:3}
.timeline svg text{font-size:13px}
@media (max-width:40rem){.timeline svg text{font-size:21px}}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;font-size:.85rem;color:var(--muted);margin:.3rem 0;` +
  `padding:0;list-style:none}
.sw{display:inline-block;width:1.6rem;height:.8rem;vertical-align:middle;margin-right:.35rem;border:1px solid ` +
  `var(--accent)}
.sw.solid{background:var(--accent)}
.sw.hatch{background:repeating-linear-gradient(45deg,var(--accent) 0 2px,#fff 2px 6px)}
.sw.inferred{border:2px dashed #b42318;background:#fff}
.sw.now{width:3px;border:none;background:#b42318}
.sw.exact{width:4px;border:none;background:var(--accent);height:1.1rem}
.text-layout{display:grid;gap:1rem;grid-template-columns:minmax(0,1fr)}
@media (min-width:64rem){.text-layout{grid-template-columns:17rem minmax(0,1fr)}.toc{position:sticky;top:1rem;` +
  `max-height:calc(100vh - 2rem);overflow:auto}}
.toc{font-size:.9rem;background:var(--surface);border:1px solid var(--line);border-radius:.5rem;padding:.6rem ` +
  `.9rem;align-self:start}
.toc ul{list-style:none;padding:0;margin:.3rem 0}
.toc li{margin:.25rem 0}
.reg-text h3.reg-title{font-size:1.1rem}
ol.prov{list-style:none;padding:0;margin:.3rem 0}
ol.prov>li{display:grid;grid-template-columns:2.3rem minmax(0,1fr);gap:0 .2rem;margin:.4rem 0;scroll-margin-top:1rem}
.num{font-weight:700;text-decoration:none}
.item>p:first-child{margin-top:0}
.item>p:last-child{margin-bottom:0}
li:target,h4:target,h5:target{background:#fff6cc;box-shadow:0 0 0 4px #fff6cc}
.pin{text-decoration:none;color:var(--muted);font-weight:400}
.src{white-space:pre-wrap;overflow-wrap:anywhere;font:13.5px/1.5 ui-monospace,"DejaVu Sans Mono",monospace;` +
  `background:var(--surface);padding:.8rem;border:1px solid var(--line);border-radius:.4rem;margin:.5rem 0}
mark{color:inherit;scroll-margin-top:2rem}
mark.ev{background:#ffe58a}
mark.fix{background:#e3efff;border-bottom:2px dotted #2b6cb0}
mark.doubt{background:#ffd9d9;border-bottom:2px solid #b42318}
mark:target{background:#ffbf3f;outline:2px solid #b36b00}
blockquote.quote{margin:.4rem 0;padding:.4rem .8rem;border-left:3px solid var(--accent);background:var(--surface)}
blockquote.quote mark{background:#ffe58a;font-weight:600}
blockquote.quote a.ev{color:inherit;text-decoration:none}
blockquote.quote a.ev:hover mark{text-decoration:underline}
.diff{white-space:pre-wrap;overflow-wrap:anywhere;font:14px/1.55 ui-monospace,"DejaVu Sans Mono",monospace;` +
  `border:1px solid var(--line);border-radius:.4rem;padding:.8rem}
ins{background:#d4f4dc;text-decoration:none;border-bottom:2px solid #2f8f4e}
del{background:#fde0de;text-decoration:line-through;text-decoration-color:#b42318}
.bd{border:1px solid var(--line);border-radius:.4rem;padding:.4rem .8rem}
.bd-row{display:grid;grid-template-columns:minmax(0,1fr);gap:0 1.2rem;padding:.15rem 0}
.bd-row>div{min-width:0;margin:.25rem 0}
.bd-old,.bd-new,.bd-head{display:none}
.bd-title .bd-uni,.bd-heading .bd-uni,.bd-title>div,.bd-heading>div{font-weight:700}
.bd-change,.bd-insert,.bd-delete{background:#fbfbf6}
.bd-fold>summary{cursor:pointer;color:var(--muted);font-size:.875rem;padding:.2rem 0}
@media (min-width:64rem){.bd-row{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}.bd-row>.bd-old,` +
  `.bd-row>.bd-new{display:block}.bd-row>.bd-uni{display:none}.bd-row.bd-head{display:grid;color:var(--muted);` +
  `font-size:.875rem;border-bottom:1px solid var(--line)}.bd-old{border-right:1px solid var(--line);` +
  `padding-right:1.2rem}}
details.orig{margin:.2rem 0}
details.orig summary{cursor:pointer}
details.same{display:inline;color:var(--muted)}
details.same summary{display:inline;cursor:pointer;font-family:system-ui,sans-serif;font-size:.85rem}
.snippet mark{background:#ffe58a}
ul.plain{list-style:none;padding:0}
ul.plain>li{margin:.3rem 0}
.pager{display:flex;gap:1rem;justify-content:space-between;margin:1rem 0}
@media print{
  header.site,footer.site,nav,form,.no-print,.pin,.skip{display:none!important}
  body{font-size:11pt;color:#000}
  main{max-width:none;padding:0}
  a{color:inherit;text-decoration:none}
  .card{break-inside:avoid;border-color:#999}
  .text-layout{display:block}
  .toc{position:static;max-height:none;border:none;background:none;padding:0}
  .src{white-space:pre-wrap;border:none;background:none;padding:0}
  mark{background:none;border-bottom:1px solid #000}
  .timeline svg{max-width:100%}
}
`;
