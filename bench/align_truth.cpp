#include "align_truth.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>

namespace revisor::bench {
namespace {

struct Item {
  std::string text;
  std::vector<std::uint32_t> origin;
  TruthKind kind = TruthKind::equal;
  bool typographic = false;
};

using Body = std::vector<std::vector<Item>>;

constexpr std::array<const char*, 7> kDays = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                              "Friday", "Saturday", "Sunday"};
constexpr std::array<const char*, 6> kNames = {"Garcia", "Nakamura", "Okafor", "Lindqvist", "Moreau", "Kowalski"};

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Start offsets of ASCII words in `s`.
std::vector<std::pair<std::size_t, std::size_t>> words(const std::string& s) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t i = 0; i < s.size();) {
    if (!is_word_char(s[i])) {
      ++i;
      continue;
    }
    std::size_t e = i;
    while (e < s.size() && is_word_char(s[e])) ++e;
    out.push_back({i, e - i});
    i = e;
  }
  return out;
}

class Editor {
 public:
  Editor(const std::vector<std::vector<std::string>>& paragraphs, const std::vector<std::string>& donor,
         std::mt19937& rng)
      : old_(paragraphs), donor_(donor), rng_(rng) {
    std::uint32_t pos = 0;
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
      body_.emplace_back();
      for (std::size_t s = 0; s < paragraphs[p].size(); ++s) {
        body_.back().push_back({paragraphs[p][s], {pos}, TruthKind::equal, false});
        old_pos_.push_back({p, s});
        ++pos;
      }
    }
  }

  bool apply(int type, std::string& name) {
    switch (type) {
      case 0: name = "substitute"; return substitute();
      case 1: name = "insert"; return insert();
      case 2: name = "delete"; return remove();
      case 3: name = "move"; return move();
      case 4: name = "split"; return split();
      case 5: name = "merge"; return merge();
      case 6: name = "typo-fix"; return typo_fix();
      case 7: name = "quotes"; return quotes();
      case 8: name = "case"; return case_change();
      case 9: name = "punctuation"; return punctuation();
      case 10: name = "replace-unrelated"; return replace_unrelated();
      default: name = "reword"; return reword();
    }
  }

  TruthCase finish(const std::string& headline) {
    TruthCase c;
    c.old_sentences = old_pos_.size();
    c.removed = removed_;
    c.old_text = headline + "\n\n" + join(old_);
    std::vector<std::vector<std::string>> texts;
    for (auto& para : body_) {
      if (para.empty()) continue;
      texts.emplace_back();
      c.new_paragraphs.emplace_back();
      for (auto& item : para) {
        texts.back().push_back(item.text);
        c.new_paragraphs.back().push_back({item.text, item.origin, item.kind, item.typographic});
      }
    }
    c.new_text = headline + "\n\n" + join(texts);
    return c;
  }

 private:
  static std::string join(const std::vector<std::vector<std::string>>& paras) {
    std::string out;
    for (const auto& p : paras) {
      if (p.empty()) continue;
      if (!out.empty()) out += "\n\n";
      for (std::size_t s = 0; s < p.size(); ++s) out += (s ? " " : "") + p[s];
    }
    return out;
  }

  std::size_t rand(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }

  // A random untouched sentence satisfying `ok`; false when none.
  bool pick(std::size_t& p, std::size_t& s, const std::function<bool(const Item&)>& ok = {}) {
    std::vector<std::pair<std::size_t, std::size_t>> all;
    for (std::size_t i = 0; i < body_.size(); ++i) {
      for (std::size_t j = 0; j < body_[i].size(); ++j) {
        const Item& it = body_[i][j];
        if (it.kind == TruthKind::equal && (!ok || ok(it))) all.push_back({i, j});
      }
    }
    if (all.empty()) return false;
    std::tie(p, s) = all[rand(all.size())];
    return true;
  }

  bool rewrite(const std::function<bool(std::string&)>& edit, bool typographic) {
    std::size_t p = 0, s = 0;
    if (!pick(p, s, [&](const Item& it) { std::string t = it.text; return edit(t); })) return false;
    Item& it = body_[p][s];
    edit(it.text);
    it.kind = TruthKind::modify;
    it.typographic = typographic;
    return true;
  }

  bool substitute() {
    return rewrite([](std::string& t) {
      auto ws = words(t);
      for (auto [b, n] : ws) {
        std::string w = t.substr(b, n);
        for (std::size_t d = 0; d < kDays.size(); ++d) {
          if (w == kDays[d]) {
            t.replace(b, n, kDays[(d + 2) % kDays.size()]);
            return true;
          }
        }
      }
      for (auto [b, n] : ws) {
        if (std::all_of(t.begin() + b, t.begin() + b + n, [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
          t.replace(b, n, std::to_string(std::stol(t.substr(b, std::min<std::size_t>(n, 9))) + 3));
          return true;
        }
      }
      for (std::size_t k = 1; k < ws.size(); ++k) {
        auto [b, n] = ws[k];
        if (n >= 4 && std::isupper(static_cast<unsigned char>(t[b])) && std::islower(static_cast<unsigned char>(t[b + 1]))) {
          t.replace(b, n, kNames[(b + n) % kNames.size()]);
          return true;
        }
      }
      return false;
    }, false);
  }

  // Two or three wording edits in one sentence: a clause dropped, a phrase added, a word replaced.
  bool reword() {
    static const std::array<const char*, 5> phrases = {" according to officials", " in a statement", " late last week",
                                                       " for the first time", " on Thursday"};
    static const std::array<const char*, 5> swaps = {"significant", "several", "reported", "earlier", "regional"};
    return rewrite([this](std::string& t) {
      auto ws = words(t);
      if (ws.size() < 10 || t.back() != '.') return false;
      int done = 0;
      auto c1 = t.find(", ");
      auto c2 = c1 == std::string::npos ? std::string::npos : t.find(", ", c1 + 2);
      if (c2 != std::string::npos && c2 - c1 < t.size() / 2) {
        t.erase(c1, c2 - c1);
        ++done;
      }
      t.insert(t.size() - 1, phrases[t.size() % phrases.size()]);
      ++done;
      for (auto [b, n] : words(t)) {
        if (n >= 6 && b > 0 && std::islower(static_cast<unsigned char>(t[b]))) {
          t.replace(b, n, swaps[(b + rng_()) % swaps.size()]);
          ++done;
          break;
        }
      }
      return done >= 2;
    }, false);
  }

  bool insert() {
    if (donor_.empty()) return false;
    std::size_t p = rand(body_.size());
    std::size_t s = rand(body_[p].size() + 1);
    body_[p].insert(body_[p].begin() + static_cast<long>(s), Item{donor_[rand(donor_.size())], {}, TruthKind::insert, false});
    return true;
  }

  bool remove() {
    std::size_t p = 0, s = 0;
    if (!pick(p, s)) return false;
    removed_.push_back(body_[p][s].origin.front());
    body_[p].erase(body_[p].begin() + static_cast<long>(s));
    return true;
  }

  bool replace_unrelated() {
    std::size_t p = 0, s = 0;
    if (donor_.empty() || !pick(p, s)) return false;
    removed_.push_back(body_[p][s].origin.front());
    body_[p][s] = Item{donor_[rand(donor_.size())], {}, TruthKind::insert, false};
    return true;
  }

  // Moves a whole untouched paragraph over a block holding more sentences than it has, so moving
  // this paragraph is the smallest explanation of the new order.
  bool move() {
    auto linked = [&](std::size_t i) {
      std::size_t n = 0;
      for (auto& it : body_[i]) n += it.origin.empty() ? 0 : 1;
      return n;
    };
    for (int attempt = 0; attempt < 20; ++attempt) {
      std::size_t from = rand(body_.size());
      auto& para = body_[from];
      if (para.empty() || !std::all_of(para.begin(), para.end(), [](auto& it) { return it.kind == TruthKind::equal; })) continue;
      std::size_t to = rand(body_.size() + 1);  // insert before paragraph `to`
      if (to + 2 > from && to <= from + 2) continue;
      std::size_t lo = std::min(from + 1, to), hi = std::max(from, to);
      std::size_t jumped = 0;
      for (std::size_t i = lo; i < hi; ++i) jumped += linked(i);
      if (jumped <= para.size() + 1) continue;
      auto moved = para;
      for (auto& it : moved) it.kind = TruthKind::move;
      body_.erase(body_.begin() + static_cast<long>(from));
      body_.insert(body_.begin() + static_cast<long>(to > from ? to - 1 : to), std::move(moved));
      return true;
    }
    return false;
  }

  bool split() {
    std::size_t p = 0, s = 0;
    static const std::array<std::string, 3> seps = {", and ", ", but ", "; "};
    auto where = [&](const std::string& t, std::size_t& at, std::size_t& len) {
      for (const auto& sep : seps) {
        auto k = t.find(sep);
        if (k != std::string::npos && words(t.substr(0, k)).size() >= 5 && words(t.substr(k)).size() >= 6 &&
            std::islower(static_cast<unsigned char>(t[k + sep.size()]))) {
          at = k;
          len = sep.size();
          return true;
        }
      }
      return false;
    };
    std::size_t at = 0, len = 0;
    if (!pick(p, s, [&](const Item& it) { return where(it.text, at, len); })) return false;
    Item orig = body_[p][s];
    where(orig.text, at, len);
    std::string first = orig.text.substr(0, at) + ".";
    std::string second = orig.text.substr(at + len);
    second[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(second[0])));
    body_[p][s] = Item{first, orig.origin, TruthKind::split, false};
    body_[p].insert(body_[p].begin() + static_cast<long>(s + 1), Item{second, orig.origin, TruthKind::split, false});
    return true;
  }

  bool merge() {
    static const std::array<std::string, 12> common = {"The", "He", "She", "It", "They", "We", "This", "That", "His", "Her", "Their", "There"};
    for (int attempt = 0; attempt < 30; ++attempt) {
      std::size_t p = rand(body_.size());
      if (body_[p].size() < 2) continue;
      std::size_t s = rand(body_[p].size() - 1);
      Item& a = body_[p][s];
      Item& b = body_[p][s + 1];
      if (a.kind != TruthKind::equal || b.kind != TruthKind::equal || a.text.size() < 2 || a.text.back() != '.') continue;
      auto ws = words(b.text);
      if (ws.empty() || ws[0].first != 0) continue;
      std::string tail = b.text;
      if (std::find(common.begin(), common.end(), tail.substr(0, ws[0].second)) != common.end()) {
        tail[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(tail[0])));
      }
      Item m{a.text.substr(0, a.text.size() - 1) + ", and " + tail, {a.origin.front(), b.origin.front()}, TruthKind::merge, false};
      body_[p][s] = m;
      body_[p].erase(body_[p].begin() + static_cast<long>(s + 1));
      return true;
    }
    return false;
  }

  // The old version gets a transposition typo the new one fixes: a wording edit (letters differ).
  bool typo_fix() {
    std::size_t p = 0, s = 0;
    auto target = [](const std::string& t) {
      for (auto [b, n] : words(t)) {
        if (n >= 7 && std::all_of(t.begin() + b, t.begin() + b + n, [](char c) { return std::islower(static_cast<unsigned char>(c)); }) &&
            t[b + 2] != t[b + 3]) {
          return static_cast<long>(b + 2);
        }
      }
      return -1L;
    };
    if (!pick(p, s, [&](const Item& it) { return target(it.text) >= 0; })) return false;
    Item& it = body_[p][s];
    auto [op, os] = old_pos_[it.origin.front()];
    std::string& old_text = old_[op][os];
    long k = target(old_text);
    std::swap(old_text[static_cast<std::size_t>(k)], old_text[static_cast<std::size_t>(k) + 1]);
    it.kind = TruthKind::modify;
    it.typographic = false;
    return true;
  }

  bool quotes() {
    return rewrite([](std::string& t) {
      static const std::array<std::pair<std::string, std::string>, 4> swaps = {{
          {"\xE2\x80\x9C", "\""}, {"\xE2\x80\x9D", "\""}, {"\xE2\x80\x99", "'"}, {"\"", "\xE2\x80\x9D"}}};
      for (const auto& [from, to] : swaps) {
        auto k = t.find(from);
        if (k != std::string::npos) {
          t.replace(k, from.size(), to);
          return true;
        }
      }
      return false;
    }, true);
  }

  bool case_change() {
    return rewrite([](std::string& t) {
      auto ws = words(t);
      for (std::size_t k = 1; k < ws.size(); ++k) {
        auto [b, n] = ws[k];
        if (n >= 4 && std::islower(static_cast<unsigned char>(t[b])) && std::islower(static_cast<unsigned char>(t[b + 1]))) {
          t[b] = static_cast<char>(std::toupper(static_cast<unsigned char>(t[b])));
          return true;
        }
      }
      return false;
    }, true);
  }

  bool punctuation() {
    return rewrite([](std::string& t) {
      auto k = t.find(" - ");
      if (k != std::string::npos) {
        t.replace(k, 3, " \xE2\x80\x94 ");
        return true;
      }
      auto ws = words(t);
      if (ws.size() < 6 || ws[0].first != 0) return false;
      std::size_t e = ws[0].second;
      if (e < t.size() && t[e] == ' ' && std::islower(static_cast<unsigned char>(t[e + 1]))) {
        t.insert(e, ",");
        return true;
      }
      return false;
    }, true);
  }

  std::vector<std::vector<std::string>> old_;
  const std::vector<std::string>& donor_;
  std::mt19937& rng_;
  Body body_;
  std::vector<std::pair<std::size_t, std::size_t>> old_pos_;
  std::vector<std::uint32_t> removed_;
};

}  // namespace

TruthCase make_case(const std::string& headline, const std::vector<std::vector<std::string>>& paragraphs,
                    const std::vector<std::string>& donor, int edits, std::mt19937& rng) {
  Editor editor(paragraphs, donor, rng);
  std::vector<std::string> applied;
  // At most one paragraph move, applied last: later edits in the paragraphs it jumped over could
  // otherwise make another order the smaller explanation, and the truth ambiguous.
  bool move = false;
  for (int k = 0; k < edits; ++k) {
    for (int attempt = 0; attempt < 10; ++attempt) {
      std::string name;
      int type = std::uniform_int_distribution<int>(0, 11)(rng);
      if (type == 3) {
        if (move) continue;
        move = true;
        break;
      }
      if (editor.apply(type, name)) {
        applied.push_back(name);
        break;
      }
    }
  }
  std::string name;
  if (move && editor.apply(3, name)) applied.push_back(name);
  TruthCase c = editor.finish(headline);
  c.applied = std::move(applied);
  return c;
}

}  // namespace revisor::bench
