#pragma once
#include <string>
#include <vector>

namespace nnplay {

/// π: an expression's `pi`, and the angles of the generated datasets.
constexpr double kPi = 3.14159265358979323846;

/// A formula in x that a learner types, such as `sin(x)`, `x^3 - x` or `|x|`: parsed once by a
/// small recursive-descent parser (never evaluated as code) into a postfix program, then evaluated
/// for many x. The grammar, loosest first:
///   sum     = product { ("+" | "-") product }
///   product = signed { ("*" | "/") signed | power }                 a power side by side: 2x, 3(x + 1), 2|x|
///   signed  = ("-" | "+") signed | power                           -x^2 is -(x^2)
///   power   = atom { "²" | "³" } [ "^" signed ]                     right-associative: 2^3^2 = 2^9
///   atom    = number | "x" | "pi" | "e" | function "(" sum ")" | "(" sum ")" | "|" sum "|"
/// Functions: sin cos tan exp log (natural) sqrt abs. Also read: − × · ÷ π and ** for ^.
/// Outside a function's domain (log(−1), 1/0) the value is NaN or infinite, as IEEE arithmetic says.
class Expression {
 public:
  /// Parses `text`. Throws std::invalid_argument saying what is wrong and at which column
  /// (counted in characters from 1): `column 6: expected ")" to close the "(" at column 4`.
  static Expression parse(const std::string& text);

  double operator()(double x) const;

 private:
  struct Step {
    enum Kind { kConstant, kX, kUnary, kBinary } kind;
    double constant = 0;
    double (*unary)(double) = nullptr;
    double (*binary)(double, double) = nullptr;
  };
  friend class ExpressionParser;

  std::vector<Step> program_;  // postfix: each step pushes a value or replaces the top one or two
  int stack_depth_ = 0;        // the most values the program holds at once
};

}  // namespace nnplay
