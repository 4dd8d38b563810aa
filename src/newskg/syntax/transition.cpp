#include "newskg/syntax/transition.hpp"

#include <cstdlib>

namespace newskg::syntax {

void ParseState::reset(int words) {
  n = words;
  auto size = static_cast<std::size_t>(words + 1);
  stack.clear();
  stack.push_back(0);
  b = 1;
  head.assign(size, -1);
  label.assign(size, -1);
  lc1.assign(size, no_word);
  lc2.assign(size, no_word);
  rc1.assign(size, no_word);
  rc2.assign(size, no_word);
  lval.assign(size, 0);
  rval.assign(size, 0);
  lset.assign(size, 0);
  rset.assign(size, 0);
}

bool ParseState::legal(Move move) const noexcept {
  switch (move) {
    case shift:
      return b <= n;
    case left:
      return stack.size() >= 2 && b <= n;
    case right:
      return stack.size() >= 3 || (stack.size() == 2 && b > n);
  }
  return false;
}

void ParseState::apply(Move move, int deprel) {
  if (move == shift) {
    stack.push_back(b++);
    return;
  }
  int dep = stack.back();
  int h = arc_head(move);
  stack.pop_back();
  head[dep] = h;
  label[dep] = deprel;
  std::uint64_t bit = deprel >= 0 && deprel < 64 ? std::uint64_t{1} << deprel : 0;
  if (dep < h) {
    if (lc1[h] == no_word || dep < lc1[h]) {
      lc2[h] = lc1[h];
      lc1[h] = dep;
    } else if (lc2[h] == no_word || dep < lc2[h]) {
      lc2[h] = dep;
    }
    if (lval[h] < 255) ++lval[h];
    lset[h] |= bit;
  } else {
    if (rc1[h] == no_word || dep > rc1[h]) {
      rc2[h] = rc1[h];
      rc1[h] = dep;
    } else if (rc2[h] == no_word || dep > rc2[h]) {
      rc2[h] = dep;
    }
    if (rval[h] < 255) ++rval[h];
    rset[h] |= bit;
  }
}

int move_cost(const ParseState& st, Move move, const std::vector<int>& heads) {
  if (!st.legal(move)) return 1 << 20;
  int cost = 0;
  if (move == shift) {
    // b can no longer take a head from the stack below s0, nor dependents from the stack.
    int b = st.b;
    for (std::size_t i = 0; i < st.stack.size(); ++i) {
      int k = st.stack[i];
      if (i + 1 < st.stack.size() && heads[b] == k) ++cost;
      if (k != 0 && heads[k] == b) ++cost;
    }
    return cost;
  }
  int s0 = st.s(0);
  // s0 can no longer take dependents from the buffer.
  for (int d = st.b; d <= st.n; ++d)
    if (heads[d] == s0) ++cost;
  if (move == left) {
    int s1 = st.s(1);
    int h = heads[s0];
    if (h != st.b && (h == s1 || (h > st.b && h <= st.n))) ++cost;
  } else {
    int h = heads[s0];
    if (h >= st.b && h <= st.n) ++cost;
  }
  return cost;
}

namespace {
bool dominates(const std::vector<int>& heads, int h, int k) {
  int steps = 0;
  auto n = static_cast<int>(heads.size());
  while (k != 0 && steps++ <= n) {
    if (k == h) return true;
    k = heads[k];
  }
  return h == 0;
}

// The shortest non-projective arc's dependent, or 0.
int shortest_crossing(const std::vector<int>& heads) {
  int best = 0, best_length = 0;
  for (int d = 1; d < static_cast<int>(heads.size()); ++d) {
    int h = heads[d];
    if (h == 0) continue;
    int lo = h < d ? h : d, hi = h < d ? d : h;
    for (int k = lo + 1; k < hi; ++k) {
      if (!dominates(heads, h, k)) {
        int length = hi - lo;
        if (!best || length < best_length) {
          best = d;
          best_length = length;
        }
        break;
      }
    }
  }
  return best;
}
}  // namespace

bool is_projective(const std::vector<int>& heads) { return shortest_crossing(heads) == 0; }

int projectivise(std::vector<int>& heads) {
  int lifts = 0;
  while (int d = shortest_crossing(heads)) {
    heads[d] = heads[heads[d]];
    if (++lifts > static_cast<int>(heads.size()) * static_cast<int>(heads.size())) break;
  }
  return lifts;
}

}  // namespace newskg::syntax
