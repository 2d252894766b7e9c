"""The inline style sheet and filter script of the HTML reports, as two string constants.

A report is one self-contained page that loads nothing, so ``CSS`` and ``SCRIPT`` are
written into every page (both pages share them, through ``html.parts._page``).
They are kept here, apart from the code that writes the markup, because they are data
rather than logic and were otherwise half of the renderer's length.
"""

# Okabe-Ito hues (told apart with every common colour-vision deficiency); every colour
# is doubled by a word and a symbol, and print needs neither (backgrounds are dropped).
CSS = """
:root{--ink:#1d2330;--soft:#5b6472;--line:#e3e6eb;--paper:#fff;--wash:#f6f7f9;--accent:#0072b2;
--ok:#00805c;--ok-bg:#e3f4ee;--part:#8a5a00;--part-bg:#fdf1d6;--bad:#b34700;--bad-bg:#fbe8dc;
--disp:#8e3f6c;--disp-bg:#f7e8f1;--none:#5b6472;--none-bg:#eef0f3;--hl:#fff1b8;--val:#ffd45e}
*{box-sizing:border-box}
html{background:var(--wash)}
body{margin:0;color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,
sans-serif;-webkit-text-size-adjust:100%}
main{max-width:60rem;margin:0 auto;padding:2rem 1.25rem 4rem}
h1{font-size:1.75rem;line-height:1.2;margin:0 0 .25rem;letter-spacing:-.01em}
.sub{margin:0 0 1.5rem;color:var(--soft)}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
.summary{background:var(--paper);border:1px solid var(--line);border-radius:10px;padding:1.1rem 1.25rem;
margin-bottom:1rem}
.bar{display:flex;height:.7rem;border-radius:99px;overflow:hidden;gap:2px;margin-bottom:1rem;background:var(--line)}
.seg{display:block;min-width:.5rem}
.tally{list-style:none;margin:0 0 1rem;padding:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(8.5rem,1fr));
gap:.75rem}
.tally li{display:flex;flex-direction:column;align-items:flex-start;gap:.3rem}
.tally b{font-size:1.9rem;line-height:1;font-weight:700;padding-left:.2rem}
.pct{color:var(--soft);font-size:.85rem;font-weight:400;margin-left:.3rem}
.tally a:hover{text-decoration:none}
.figures{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0;font-size:.95rem}
.figures dt{color:var(--soft)}.figures dd{margin:0}
.quick{margin:.8rem 0 0;font-size:.95rem}
.badge{display:inline-flex;align-items:center;gap:.3em;padding:.05rem .6rem;border-radius:99px;font-size:.8rem;
font-weight:650;letter-spacing:.02em;text-transform:uppercase;border:1.5px solid currentColor;white-space:nowrap}
.v-supported{--c:var(--ok);--b:var(--ok-bg)}.v-partial{--c:var(--part);--b:var(--part-bg)}
.v-contradicted{--c:var(--bad);--b:var(--bad-bg)}.v-disputed{--c:var(--disp);--b:var(--disp-bg)}
.v-not_found{--c:var(--none);--b:var(--none-bg)}
.k-variant{--c:#005a8c;--b:#e1effa}.k-value{--c:var(--bad);--b:var(--bad-bg)}
.k-statement{--c:var(--disp);--b:var(--disp-bg)}
.badge{color:var(--c);background:var(--b)}.seg{background:var(--c)}
.filters{margin:0 0 1.4rem;display:flex;flex-direction:column;gap:.45rem;font-size:.88rem}
.filters .group{display:flex;flex-wrap:wrap;gap:.3rem;align-items:center}
.filters .legend{width:4.6rem;color:var(--soft);font-weight:600}
.filters label{display:inline-flex;align-items:center;gap:.3rem;padding:.1rem .55rem;border:1px solid var(--line);
border-radius:99px;background:var(--paper);cursor:pointer;user-select:none}
.filters label:has(input:not(:checked)){opacity:.55;text-decoration:line-through}
.filters input{margin:0;accent-color:var(--accent)}.filters .n{color:var(--soft);font-variant-numeric:tabular-nums}
.f-end{display:flex;gap:.7rem;align-items:center;padding-left:4.9rem}
.filters button{font:inherit;padding:.15rem .7rem;border:1px solid var(--line);border-radius:6px;
background:var(--paper);cursor:pointer}#shown{color:var(--soft)}
.glance{width:100%;border-collapse:collapse;background:var(--paper);border:1px solid var(--line);border-radius:10px;
overflow:hidden;margin-bottom:2rem;font-size:.92rem}
.glance th{text-align:left;font-weight:600;color:var(--soft);background:var(--wash);padding:.45rem .75rem;
border-bottom:1px solid var(--line)}
.glance td{padding:.45rem .75rem;border-top:1px solid var(--line);vertical-align:top}
.glance td:first-child{width:1%}.glance a{color:var(--ink)}
.loc{color:var(--soft);font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"DejaVu Sans Mono",monospace;
font-size:.82em;overflow-wrap:anywhere}
.glance td.loc{white-space:nowrap}
.item{background:var(--paper);border:1px solid var(--line);border-left:5px solid var(--c,var(--line));
border-radius:10px;padding:1.1rem 1.35rem 1.2rem;margin:0 0 1.25rem;scroll-margin-top:4rem}
.item:target{box-shadow:0 0 0 3px rgba(0,114,178,.25)}
.head{display:flex;flex-wrap:wrap;align-items:center;gap:.35rem .8rem;margin-bottom:.55rem}
.id{font-weight:650}.head .score{margin-left:auto;color:var(--soft);font-size:.85rem}
.claim{font-size:1.2rem;line-height:1.45;margin:.2rem 0 .7rem;font-weight:500}
.quoted{margin:-.3rem 0 .7rem;font-family:Georgia,"Iowan Old Style","DejaVu Serif",serif;font-style:italic}
.k{display:inline-block;min-width:6.5rem;color:var(--soft);font-size:.8rem;text-transform:uppercase;
letter-spacing:.04em;font-style:normal;font-family:system-ui,sans-serif}
.facts{list-style:none;margin:0 0 .9rem;padding:.6rem .8rem;background:var(--wash);border-radius:8px;font-size:.95rem}
.facts li{padding:.12rem 0}.note{color:var(--soft);font-size:.88em}
.ok{color:var(--ok);font-weight:600}.bad{color:var(--bad);font-weight:600}
del{text-decoration:line-through;text-decoration-thickness:2px;color:var(--bad);background:var(--bad-bg);
padding:0 .15em;border-radius:3px}
ins{text-decoration:none;border-bottom:2px solid var(--ok);background:var(--ok-bg);padding:0 .15em;border-radius:3px}
mark{color:inherit;border-radius:3px;padding:0 .1em}
mark.claim-val{background:var(--bad-bg);text-decoration:underline wavy var(--bad);text-underline-offset:3px}
mark.missing{background:var(--part-bg);text-decoration:underline dotted var(--part) 2px;text-underline-offset:3px}
mark.variant{background:#e1effa;text-decoration:underline dotted #005a8c;text-underline-offset:3px}
mark.val{background:var(--val);font-weight:700;text-decoration:underline;text-decoration-thickness:2px;
text-underline-offset:3px}
.evidence{list-style:none;margin:0;padding:0;display:grid;gap:.75rem}
.ev{border:1px solid var(--line);border-radius:8px;padding:.6rem .9rem .7rem;scroll-margin-top:4rem}
.ev:target{border-color:var(--accent);box-shadow:0 0 0 3px rgba(0,114,178,.2)}
.ev-head{display:flex;flex-wrap:wrap;gap:.3rem .7rem;align-items:baseline;font-size:.85rem;margin-bottom:.35rem}
.stance{font-weight:650}.s-supports .stance{color:var(--ok)}.s-contradicts .stance,.s-differs .stance{color:var(--bad)}
.s-related .stance,.s-quoted .stance{color:var(--soft)}
.ev-head .src{font-family:ui-monospace,Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:.95em;
overflow-wrap:anywhere}
.ev-head .score{color:var(--soft)}.caption{font-weight:600}
.back{margin-left:auto;color:var(--soft)}
.source{margin:0;font-family:Georgia,"Iowan Old Style","DejaVu Serif",serif;font-size:1.02rem;line-height:1.65;
color:#6b7280;white-space:pre-line;overflow-wrap:anywhere}
.source .q{color:var(--ink);background:var(--hl);box-decoration-break:clone;-webkit-box-decoration-break:clone;
padding:.05em 0;border-radius:2px}
.s-related .source .q{background:#eef1f5}
.source .qw{text-decoration:underline;text-decoration-color:var(--accent);text-underline-offset:4px}
.cut{color:#9aa1ab}.source .br{display:block;height:.55em}
.none{color:var(--soft)}
.skipped{background:var(--paper);border:1px solid var(--line);border-radius:10px;padding:.8rem 1.2rem}
.skipped summary{cursor:pointer;font-weight:600}.skipped ul{padding-left:1.1rem}
.values{margin:-.3rem 0 .8rem}p.accept{margin:0 0 .8rem}
.tok{font-family:ui-monospace,Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:.88em}
@media (max-width:40rem){.k{min-width:0;margin-right:.4rem}.glance th:nth-child(3),.glance td.loc{display:none}
.f-end{padding-left:0}}
@media print{
html,body{background:#fff;font-size:10.5pt}main{max-width:none;padding:0}
.filters,.back,.quick{display:none!important}
[data-item][hidden]{display:block!important}tr[data-item-row][hidden]{display:table-row!important}
.item,.summary,.glance{border:1px solid #999;box-shadow:none}.item{border-left-width:4px;break-inside:auto}
.ev,.glance tr{break-inside:avoid}
a{color:inherit}.source{color:#555}.source .q{color:#000}
.skipped{display:block}.skipped ul{display:block}
}
""".strip()

# Filters hide items whose value is unchecked in any group. ``#only=a,b,group:c`` keeps
# only those values in the groups it names (a bare value is of the first group); the
# address follows the checkboxes, so a filtered view can be bookmarked or shared.
SCRIPT = """
(function(){"use strict";
var nav=document.getElementById("filters");if(!nav){return;}
var boxes=Array.prototype.slice.call(nav.querySelectorAll("input[type=checkbox]"));
var items=Array.prototype.slice.call(document.querySelectorAll("[data-item],[data-item-row]"));
var primary=nav.getAttribute("data-primary"),shown=document.getElementById("shown");
var groups=[];boxes.forEach(function(b){if(groups.indexOf(b.name)<0){groups.push(b.name);}});
function token(b){return b.name===primary?b.value:b.name+":"+b.value;}
function apply(){var off={},count=0,total=0;
boxes.forEach(function(b){if(!b.checked){off[b.name+":"+b.value]=true;}});
items.forEach(function(it){var hide=groups.some(function(g){return off[g+":"+it.getAttribute("data-"+g)];});
it.hidden=hide;if(it.hasAttribute("data-item")){total++;if(!hide){count++;}}});
shown.textContent=count===total?"Showing all "+total:"Showing "+count+" of "+total;}
function fromHash(){var m=/^#only=(.*)$/.exec(location.hash);if(!m){return false;}
var want=decodeURIComponent(m[1]).split(","),named={};
boxes.forEach(function(b){if(want.indexOf(token(b))>=0){named[b.name]=true;}});
boxes.forEach(function(b){b.checked=!named[b.name]||want.indexOf(token(b))>=0;});apply();return true;}
function toHash(){var partial={},keep=[];
boxes.forEach(function(b){if(!b.checked){partial[b.name]=true;}});
boxes.forEach(function(b){if(b.checked&&partial[b.name]){keep.push(token(b));}});
var url=keep.length?"#only="+keep.join(","):location.pathname+location.search;
try{history.replaceState(null,"",url);}catch(e){}}
boxes.forEach(function(b){b.addEventListener("change",function(){apply();toHash();});});
document.getElementById("reset").addEventListener("click",function(){
boxes.forEach(function(b){b.checked=true;});apply();toHash();});
window.addEventListener("hashchange",function(){fromHash();});
nav.hidden=false;if(!fromHash()){apply();}
})();
""".strip()
