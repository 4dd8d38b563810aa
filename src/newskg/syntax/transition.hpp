// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta
// 2011) with the dynamic oracle of Goldberg and Nivre (2013).
//
// Why arc-hybrid: its three moves have a cost that is cheap to compute
// exactly for projective trees (so training can explore its own mistakes,
// the dynamic oracle, which gains 1-2 points of UAS over a static oracle);
// a word leaves the stack only once it holds all its dependents, so the
// labeller sees a dependent's whole subtree when it names the arc; and it
// makes exactly 2n moves, so parsing is linear in the sentence length.
//
// Words are 1..n, 0 is the root at the bottom of the stack; the buffer is
// the words b..n (contiguous in arc-hybrid). Moves:
//   SHIFT  push b
//   LEFT   arc b -> s0 (s0 a left dependent of b), pop s0
//   RIGHT  arc s1 -> s0 (s0 a right dependent of s1), pop s0
// RIGHT from the root is allowed only when the buffer is empty: that gives
// exactly one word attached to the root, as UD requires.
#pragma once

#include <cstdint>
#include <vector>

namespace newskg::syntax {

enum Move : std::uint8_t { shift = 0, left = 1, right = 2 };
inline constexpr int move_count = 3;
inline constexpr int no_word = -1;

struct ParseState {
  int n = 0;
  std::vector<int> stack;
  int b = 1;  // first word of the buffer; n + 1 when empty
  std::vector<int> head, label;        // per word 0..n; -1 unattached
  std::vector<int> lc1, lc2, rc1, rc2;  // leftmost, second leftmost, rightmost, second rightmost child
  std::vector<std::uint8_t> lval, rval;
  std::vector<std::uint64_t> lset, rset;  // label sets of left / right children (bit per label < 64)

  // Resets for a sentence of n words, reusing the vectors' storage.
  void reset(int words);
  bool terminal() const noexcept { return b > n && stack.size() == 1; }
  bool buffer_empty() const noexcept { return b > n; }
  int s(std::size_t depth) const noexcept {
    return depth < stack.size() ? stack[stack.size() - 1 - depth] : no_word;
  }
  int buffer(int offset) const noexcept { return b + offset <= n ? b + offset : no_word; }
  bool legal(Move move) const noexcept;
  // Head and dependent an arc move would join.
  int arc_head(Move move) const noexcept { return move == left ? b : s(1); }
  // Applies a legal move; `deprel` names the arc of LEFT and RIGHT.
  void apply(Move move, int deprel);
};

// Number of gold arcs (heads[d] for d in 1..n; heads[0] unused) that `move`
// makes unreachable from `state`: 0 for an optimal move. Exact for
// projective gold trees; a large value for an illegal move.
int move_cost(const ParseState& state, Move move, const std::vector<int>& heads);

// Lifts non-projective arcs (Nivre and Nilsson 2005, without the label
// encoding): while some arc h -> d spans a word h does not dominate, the
// shortest such arc is attached to h's head instead. Returns the number of
// lifts. heads[0] is ignored; heads[d] == 0 is the root arc.
int projectivise(std::vector<int>& heads);
bool is_projective(const std::vector<int>& heads);

}  // namespace newskg::syntax
