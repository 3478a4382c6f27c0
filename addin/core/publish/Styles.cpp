#include "core/publish/Styles.hpp"

namespace concord::core::publish {

const std::string& styles() {
    static const std::string css = R"css(:root {
  --ink: #1d1d1f; --muted: #5b5b60; --line: #d6d6da; --paper: #ffffff; --band: #f4f5f7;
  --green: #0b6b2e; --green-bg: #dcefe1; --amber: #8a6100; --amber-bg: #fff1c2;
  --amber-fill: #f2c230; --red: #a32512; --red-bg: #fde3de; --red-fill: #e05a47;
  --none: #6b6b70; --none-bg: #ececee; --link: #0b4f9c;
}
* { box-sizing: border-box; }
html { font-size: 100%; -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: var(--paper);
  font: 1rem/1.45 "DejaVu Sans", "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
a { color: var(--link); }
.skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: .5rem; }
.skip:focus { left: .5rem; z-index: 2; }
header.site { background: var(--ink); }
header.site ul { list-style: none; margin: 0 auto; padding: .25rem .75rem; max-width: 90rem;
  display: flex; flex-wrap: wrap; gap: .25rem .5rem; }
header.site a { color: #fff; text-decoration: none; display: inline-block; padding: .45rem .6rem;
  border-radius: .3rem; }
header.site a:hover, header.site a:focus { background: #3a3a3f; }
header.site a[aria-current="page"] { background: #fff; color: var(--ink); font-weight: bold; }
main { margin: 0 auto; padding: 1rem .75rem 2rem; max-width: 90rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 .25rem; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 .5rem; }
.period, .note { color: var(--muted); margin: 0 0 1rem; }
footer.site { border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem;
  margin: 0 auto; padding: .75rem; max-width: 90rem; }
.banner { background: var(--red-bg); color: var(--red); border-left: .4rem solid var(--red);
  padding: .75rem 1rem; margin: 0 auto; max-width: 90rem; font-weight: bold; }
.summary .big-score { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem;
  font-size: 1.3rem; margin: .5rem 0; padding: .75rem 1rem; background: var(--band);
  border-left: .5rem solid var(--none); }
.big-score.status-green { border-left-color: var(--green); }
.big-score.status-amber { border-left-color: var(--amber-fill); }
.big-score.status-red { border-left-color: var(--red-fill); }
.big-score .value { font-size: 2.2rem; font-weight: bold; }
.facts { margin: .25rem 0 0; padding-left: 1.25rem; }
.status { display: inline-block; white-space: nowrap; padding: .1rem .55rem; border-radius: 1rem;
  font-weight: bold; border: 2px solid currentColor; }
.status .icon { font-size: 1.05em; }
.status-green { color: var(--green); background: var(--green-bg); }
.status-amber { color: var(--amber); background: var(--amber-bg); }
.status-red { color: var(--red); background: var(--red-bg); }
.status-none { color: var(--none); background: var(--none-bg); border-style: dashed; }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { border-bottom: 1px solid var(--line); padding: .4rem .5rem; text-align: left;
  vertical-align: top; }
thead th { background: var(--band); position: sticky; top: 0; font-size: .85rem; }
tbody th { font-weight: normal; overflow-wrap: anywhere; min-width: 8rem; }
#kpis td:first-child, #register td:first-child, #escalations td:first-child,
#smart td:first-child { white-space: nowrap; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.row-red th:first-child, tr.row-red td:first-child { box-shadow: inset .3rem 0 var(--red-fill); }
tr.row-amber th:first-child, tr.row-amber td:first-child { box-shadow: inset .3rem 0 var(--amber-fill); }
tr.row-green th:first-child, tr.row-green td:first-child { box-shadow: inset .3rem 0 var(--green); }
.mark { text-align: center; white-space: nowrap; }
.mark .word { font-size: .75rem; margin-left: .2rem; }
.mark-met { color: var(--green); }
.mark-missing { color: var(--red); font-weight: bold; }
.matrix td, .matrix th { text-align: center; }
.matrix tbody th { text-align: left; }
.matrix td.diagonal { background: repeating-linear-gradient(45deg, var(--band), var(--band) 4px,
  var(--paper) 4px, var(--paper) 8px); }
.share-green { background: var(--green-bg); }
.share-amber { background: var(--amber-bg); }
.share-red { background: var(--red-bg); }
.step { font-weight: bold; }
tr.step-3 .step { color: var(--red); }
.goals li { margin: .3rem 0; }
.goal-id, .smart-score { color: var(--muted); font-size: .9rem; }
.problems li { margin: .25rem 0; }
.problems .cell { font-weight: bold; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr));
  gap: 1rem 2rem; }
.chart-figure { margin: .5rem 0; overflow-x: auto; }
.chart-figure figcaption { font-weight: bold; margin-bottom: .25rem; }
.chart-figure details { font-size: .9rem; margin-top: .25rem; }
svg.chart { width: 100%; min-width: 30rem; height: auto; display: block;
  font-family: "DejaVu Sans", sans-serif; }
svg.chart .grid { stroke: var(--line); stroke-width: 1; }
svg.chart .tick, svg.chart .period { font-size: 11px; fill: var(--muted); }
svg.chart .threshold { stroke-width: 2; stroke-dasharray: 6 4; }
svg.chart .threshold.amber { stroke: #b07d00; }
svg.chart .threshold.green { stroke: var(--green); }
svg.chart .threshold-label { font-size: 11px; fill: var(--ink); font-weight: bold; }
svg.chart .score-line { fill: none; stroke: var(--ink); stroke-width: 2.5; }
svg.chart .marker { stroke: var(--ink); stroke-width: 1.2; }
svg.chart .bar-label { font-size: 12px; fill: var(--ink); }
svg.chart .bar-value { font-size: 12px; fill: var(--ink); font-weight: bold; }
svg.spark { display: block; }
svg.spark .threshold.green { stroke: var(--green); stroke-width: 1; stroke-dasharray: 3 2; }
svg.spark .score-line { fill: none; stroke: var(--ink); stroke-width: 1.5; }
svg.spark .marker { stroke: var(--ink); stroke-width: 1; }
svg.chart .bar rect { stroke: var(--ink); stroke-width: .8; }
svg.chart .bar-value, svg.chart .threshold-label { paint-order: stroke; stroke: #fff;
  stroke-width: 3px; stroke-linejoin: round; }
@media (min-width: 1600px) {
  html { font-size: 125%; }
  main, header.site ul, footer.site, .banner { max-width: 120rem; }
}
@media (max-width: 40rem) {
  h1 { font-size: 1.3rem; }
  .big-score .value { font-size: 1.7rem; }
  table { font-size: .85rem; }
}
@media print {
  header.site, .skip { display: none; }
  details { display: none; }
  thead th { position: static; }
}
)css";
    return css;
}

} // namespace concord::core::publish
