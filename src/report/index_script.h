// The index page's one script (sorting by any column) and its CSP hash. The page is already sorted
// by stealth edits, so without the script it still reads right.
#pragma once

#include <string_view>

namespace revisor::report {

inline constexpr std::string_view kIndexScript =
    "document.querySelectorAll('th[data-sort]').forEach(function(th){"
    "var b=document.createElement('button');b.type='button';b.textContent=th.textContent;"
    "th.textContent='';th.appendChild(b);"
    "b.addEventListener('click',function(){"
    "var t=th.closest('table'),body=t.tBodies[0],i=th.cellIndex,num=th.dataset.sort==='num';"
    "var asc=th.getAttribute('aria-sort')!=='ascending';"
    "t.querySelectorAll('th').forEach(function(h){h.removeAttribute('aria-sort')});"
    "th.setAttribute('aria-sort',asc?'ascending':'descending');"
    "var rows=Array.prototype.slice.call(body.rows);"
    "rows.sort(function(a,c){var x=a.cells[i].getAttribute('data-v'),y=c.cells[i].getAttribute('data-v');"
    "var d=num?Number(x)-Number(y):x.localeCompare(y);return asc?d:-d;});"
    "rows.forEach(function(r){body.appendChild(r);});});});";

// base64(sha256(kIndexScript)), so the Content-Security-Policy allows this script and no other;
// tests/report/index_page_test.cpp recomputes it.
inline constexpr std::string_view kIndexScriptHash = "sha256-xmXCoazLbRy70WOr5rxjVqwF8LTpw2yl1Hi3Vqr88Sc=";

}  // namespace revisor::report
