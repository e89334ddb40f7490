/**
 * The dashboard's only style sheet and script, inlined into the page: a system font stack (no web
 * fonts to fetch), print rules for A4, and ~30 lines that sort tables when a header is clicked.
 */
import { createHash } from 'node:crypto';

export const CSS = `
:root{--ahead:#2e7d32;--ahead-bg:#e8f5e9;--on-track:#1565c0;--on-track-bg:#e3f2fd;--behind:#c62828;--behind-bg:#ffebee;--ink:#202124;--muted:#5f6368;--line:#dadce0}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;color:var(--ink);background:#f6f7f9}
main{max-width:1060px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:16px;margin:0 0 2px}
.sub,.note{color:var(--muted);margin:0}
.note{font-size:12px;margin-bottom:12px}
section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:16px 0}
.kpis{display:grid;grid-template-columns:repeat(3,1fr);gap:12px;margin:16px 0}
.kpi{background:#fff;border:1px solid var(--line);border-left:6px solid var(--c);border-radius:8px;padding:10px 16px}
.kpi .t{font-weight:600}
.kpi .n{font-size:30px;font-weight:700;line-height:1.2}
.kpi .n small{font-size:15px;font-weight:400;color:var(--muted)}
.kpi .s{font-size:12px;color:var(--muted)}
.two{display:grid;grid-template-columns:1fr 1fr;gap:16px}
table{border-collapse:collapse;width:100%;font-size:13px;font-variant-numeric:tabular-nums}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f1f3f4;font-weight:600;white-space:nowrap}
tfoot td{font-weight:700;border-top:2px solid var(--ink)}
table.sortable thead th{cursor:pointer;user-select:none}
th[aria-sort=ascending]::after{content:" \\25B2";font-size:10px}
th[aria-sort=descending]::after{content:" \\25BC";font-size:10px}
.num{text-align:right}
.grid td.cell{text-align:center;border-left:3px solid #fff}
.cell .a{font-size:17px;font-weight:700}
.cell .t{color:var(--muted)}
.cell .e{font-size:11px;color:var(--muted)}
.ahead{background:var(--ahead-bg)}.ahead .a,.ahead .w{color:var(--ahead)}
.on-track{background:var(--on-track-bg)}.on-track .a,.on-track .w{color:var(--on-track)}
.behind{background:var(--behind-bg)}.behind .a,.behind .w{color:var(--behind)}
.legend span{display:inline-block;padding:0 8px;margin-right:6px;border-radius:3px;font-size:12px}
.badge{display:inline-block;padding:0 7px;border-radius:10px;font-size:12px;white-space:nowrap}
.v-ready{background:var(--ahead-bg);color:var(--ahead)}
.v-not-ready{background:var(--behind-bg);color:var(--behind)}
.v-insufficient-data{background:#fff8e1;color:#8d6e00}
.short{color:var(--behind)}
td.name{min-width:14em}
.tally{margin:0 0 8px}
details{margin-top:10px}
summary{cursor:pointer;color:var(--on-track);font-size:13px}
svg.chart{width:100%;height:auto;display:block;margin:4px 0 8px}
svg .lbl{font-size:14px;font-weight:600;fill:var(--ink)}
svg .sm{font-size:11px;fill:var(--muted)}
svg .xs{font-size:10px;fill:var(--muted)}
svg .val{font-size:12px;font-weight:700;fill:var(--ink)}
.empty{color:var(--muted);font-style:italic}
.warn{background:#fff8e1;border:1px solid #f0c36d;border-radius:6px;padding:6px 12px;margin:10px 0 0;color:#6d4c00}
footer{color:var(--muted);font-size:12px;text-align:center;margin:24px 0 8px}
@page{size:A4;margin:12mm}
@media print{
  body{background:#fff;font-size:10pt}
  main{max-width:none;padding:0}
  section{border:0;border-radius:0;padding:0;margin:0 0 8mm}
  section.chart-section,.kpis{break-inside:avoid}
  tr{break-inside:avoid}
  thead{display:table-header-group}
  .hint{display:none}
  th[aria-sort]::after{content:""}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

/** Sorting: numbers (data-sort, else the cell text) numerically, the rest in Chinese collation; totals stay in <tfoot>. */
export const SCRIPT = `(function () {
  function key(cell) {
    var v = cell.getAttribute('data-sort');
    if (v === null) v = cell.textContent.trim();
    var n = Number(v);
    return v !== '' && isFinite(n) ? n : v;
  }
  function sort(table, col, th) {
    var body = table.tBodies[0];
    var asc = th.getAttribute('aria-sort') !== 'ascending';
    var heads = th.parentNode.cells;
    for (var i = 0; i < heads.length; i++) heads[i].removeAttribute('aria-sort');
    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a.cells[col]), y = key(b.cells[col]);
      var c = typeof x === 'number' && typeof y === 'number' ? x - y : typeof x === 'number' ? -1 : typeof y === 'number' ? 1 : String(x).localeCompare(String(y), 'zh-Hans-CN');
      return asc ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  var tables = document.querySelectorAll('table.sortable');
  Array.prototype.forEach.call(tables, function (table) {
    if (!table.tHead || !table.tBodies[0]) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
      th.tabIndex = 0;
      th.addEventListener('click', function () { sort(table, col, th); });
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(table, col, th); } });
    });
  });
  document.documentElement.setAttribute('data-ready', 'true');
})();`;

/**
 * The page may run this script and nothing else, and may load nothing at all: even a name that
 * slipped past escaping could neither run code nor call out when the file is opened.
 */
export function contentSecurityPolicy(): string {
  const hash = createHash('sha256').update(SCRIPT).digest('base64');
  return `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
}
