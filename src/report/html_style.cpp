#include "report/html_style.h"

namespace revisor::report {

// Colours meet WCAG AA (4.5:1) for text on their backgrounds in both schemes.
std::string_view page_css() noexcept {
  return R"css(
:root{--fg:#1f2328;--muted:#57606a;--bg:#fff;--panel:#f6f8fa;--line:#d0d7de;--link:#0550ae;
--del-bg:#ffebe9;--del-fg:#82071e;--ins-bg:#dafbe1;--ins-fg:#0f5323;--warn-bg:#fff8c5;--warn-fg:#6c4400;
--warn-line:#d4a72c;--note-bg:#ddf4ff;--note-fg:#0a3069;--note-line:#54aeff;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9da7b3;--bg:#0d1117;--panel:#161b22;
--line:#30363d;--link:#6cb6ff;--del-bg:#4b1113;--del-fg:#ffc1bc;--ins-bg:#0f3d1f;--ins-fg:#aff5b4;
--warn-bg:#3b2e05;--warn-fg:#f2cc60;--warn-line:#9e6a03;--note-bg:#0c2d6b;--note-fg:#cae8ff;--note-line:#1f6feb}}
*{box-sizing:border-box}
html{font-size:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
.wrap{max-width:52rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}
a{color:var(--link)}
a:focus-visible,summary:focus-visible,button:focus-visible{outline:3px solid var(--link);outline-offset:2px;border-radius:3px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem;z-index:1}
.kicker{margin:0;color:var(--muted);font-size:.875rem;letter-spacing:.02em;text-transform:uppercase}
.kicker code{text-transform:none;letter-spacing:0}
h1{font:700 1.9rem/1.25 Georgia,"Times New Roman",serif;margin:.35rem 0 .75rem}
h2{font-size:1.3rem;margin:2.5rem 0 .75rem;padding-bottom:.3rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:1.5rem 0 .5rem}
h4{font-size:.95rem;margin:1rem 0 .4rem;color:var(--muted)}
code{font:.9em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.url{margin:.25rem 0 1rem;overflow-wrap:anywhere;font-size:.9rem}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:.5rem;margin:1rem 0 0;padding:0}
.stats div{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem}
.stats dt{font-size:.75rem;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
.stats dd{margin:0;font-weight:600}
.stats .alert{background:var(--warn-bg);border-color:var(--warn-line);color:var(--warn-fg)}
.stats .alert dt{color:var(--warn-fg)}
.headlines{margin:.5rem 0;padding-left:1.25rem;color:var(--muted)}
.headlines li:last-child{color:var(--fg)}
.vnum{font-size:.8rem;font-weight:600;color:var(--muted);margin-right:.35rem}
.card{border:1px solid var(--line);border-left-width:4px;border-radius:6px;padding:.75rem 1rem;margin:.75rem 0;background:var(--panel)}
.card.notice{border-left-color:var(--note-line)}
.card.stealth{border-left-color:var(--warn-line)}
.card.removed{border-left-color:var(--del-fg)}
.card header{font-size:.9rem;color:var(--muted)}
.card blockquote{margin:.5rem 0;padding:0 0 0 .75rem;border-left:2px solid var(--line);font-family:Georgia,"Times New Roman",serif}
.card ul{margin:.25rem 0;padding-left:1.25rem}
.badge{display:inline-block;font-size:.75rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;
padding:.05rem .45rem;border-radius:999px;background:var(--note-bg);color:var(--note-fg)}
.badge.warn{background:var(--warn-bg);color:var(--warn-fg)}
.badge.gone{background:var(--del-bg);color:var(--del-fg)}
.timeline{list-style:none;margin:0;padding:0;border-left:3px solid var(--line)}
.version{position:relative;margin:0 0 1.75rem;padding-left:1.25rem}
.version::before{content:"";position:absolute;left:-.73rem;top:.3rem;width:.9rem;height:.9rem;border-radius:50%;background:var(--bg);border:3px solid var(--muted)}
.version h3{margin:0}
.vmeta{margin:.1rem 0 .5rem;color:var(--muted);font-size:.9rem}
.changes{list-style:none;margin:.25rem 0;padding:0}
.change{margin:.5rem 0;padding:.5rem .75rem;border:1px solid var(--line);border-radius:6px}
.change.is-stealth{border-color:var(--warn-line);background:var(--warn-bg)}
.change.is-linked{border-color:var(--note-line)}
.change:target,.card:target{outline:3px solid var(--link);outline-offset:2px}
.tags{margin:0 0 .25rem;font-size:.8rem;display:flex;flex-wrap:wrap;gap:.35rem;align-items:center}
.legend dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;font-size:.9rem}
.legend dt{font-weight:600}.legend dd{margin:0;color:var(--muted)}
.op{font-weight:700;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.cat{padding:0 .4rem;border-radius:4px;border:1px solid var(--line);background:var(--bg)}
.cat.minor{color:var(--muted)}
.flag{padding:0 .4rem;border-radius:4px;font-weight:600}
.flag.stealth{background:var(--warn-bg);color:var(--warn-fg);border:1px solid var(--warn-line)}
.sev{padding:0 .4rem;border-radius:4px;font-size:.8rem;font-weight:700;text-transform:uppercase;border:1px solid var(--line)}
.sev-high{background:var(--del-bg);color:var(--del-fg);border-color:var(--del-fg)}
.sev-medium{background:var(--warn-bg);color:var(--warn-fg);border-color:var(--warn-line)}
.flag.added{background:var(--ins-bg);color:var(--ins-fg);border:1px solid var(--line)}
.flag.removed{background:var(--del-bg);color:var(--del-fg);border:1px solid var(--del-fg)}
.flag.notice{background:var(--note-bg);color:var(--note-fg);border:1px solid var(--note-line)}
.sentence{margin:0;font-family:Georgia,"Times New Roman",serif;font-size:1.02rem}
del{background:var(--del-bg);color:var(--del-fg);text-decoration:line-through;text-decoration-thickness:.08em}
ins{background:var(--ins-bg);color:var(--ins-fg);text-decoration:underline;text-decoration-thickness:.08em;text-underline-offset:.15em}
del,ins{padding:0 .1em;border-radius:2px}
del::before,del::after,ins::before,ins::after{clip-path:inset(100%);clip:rect(1px,1px,1px,1px);height:1px;width:1px;overflow:hidden;position:absolute;white-space:nowrap}
del::before{content:" [deleted: "}ins::before{content:" [inserted: "}del::after,ins::after{content:"] "}
.edit.stealth del,.edit.stealth ins{outline:2px dashed var(--warn-line)}
details{margin:.5rem 0}
summary{cursor:pointer;color:var(--muted);font-size:.9rem}
.here{margin:.5rem 0;font-size:.9rem}
.empty{color:var(--muted)}
footer{margin-top:3rem;padding-top:1rem;border-top:1px solid var(--line);color:var(--muted);font-size:.85rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;padding:.45rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:.8rem;text-transform:uppercase;letter-spacing:.03em;color:var(--muted)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
th button{font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-transform:inherit;letter-spacing:inherit}
tr.has-stealth td.stealth{color:var(--warn-fg);background:var(--warn-bg);font-weight:700}
)css";
}

}  // namespace revisor::report
