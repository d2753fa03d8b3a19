#include "expression.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include "named_table.h"

namespace nnplay {

namespace {

constexpr double kE = 2.71828182845904523536;
/// Longer text is refused before parsing: the recursion of the parser stays shallow.
constexpr std::size_t kLongestExpression = 200;

double absolute(double v) { return std::abs(v); }

struct Function {
  std::string name;
  double (*apply)(double);
};

const std::vector<Function>& functions() {
  static const std::vector<Function> table = {
      {"sin", [](double v) { return std::sin(v); }},   {"cos", [](double v) { return std::cos(v); }},
      {"tan", [](double v) { return std::tan(v); }},   {"exp", [](double v) { return std::exp(v); }},
      {"log", [](double v) { return std::log(v); }},   {"sqrt", [](double v) { return std::sqrt(v); }},
      {"abs", absolute},
  };
  return table;
}

double negate(double v) { return -v; }
double add(double a, double b) { return a + b; }
double subtract(double a, double b) { return a - b; }
double multiply(double a, double b) { return a * b; }
double divide(double a, double b) { return a / b; }
double power(double a, double b) { return std::pow(a, b); }

}  // namespace

// Outside the anonymous namespace: ExpressionParser, Expression's friend, holds tokens.
struct ExpressionToken {
  enum Kind { kNumber, kName, kSymbol, kEnd } kind;
  int column;         // 1-based, in characters
  double number = 0;  // kNumber
  std::string text;   // kName: the name; kSymbol: one of + - * / ^ ( ) | ² ³
};

namespace {

using Token = ExpressionToken;

/// The characters of UTF-8 `text`; std::invalid_argument for bytes that are not UTF-8.
std::u32string decode(const std::string& text) {
  std::u32string characters;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    bool continued = length > 0 && i + length <= text.size();
    for (int k = 1; continued && k < length; ++k) continued = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    if (!continued) {
      throw std::invalid_argument("column " + std::to_string(characters.size() + 1) + ": the text is not UTF-8");
    }
    char32_t character = length == 1 ? lead : lead & (0x7F >> length);
    for (int k = 1; k < length; ++k) character = (character << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    characters.push_back(character);
    i += length;
  }
  return characters;
}

/// The symbol a character stands for (− × · ÷ as - * * /), or 0.
std::string symbol_of(char32_t c) {
  switch (c) {
    case U'+': case U'-': case U'*': case U'/': case U'^': case U'(': case U')': case U'|':
      return std::string(1, static_cast<char>(c));
    case U'\u2212': return "-";
    case U'\u00D7': case U'\u00B7': case U'\u22C5': return "*";
    case U'\u00F7': return "/";
    case U'\u00B2': return "²";
    case U'\u00B3': return "³";
    default: return "";
  }
}

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

std::vector<Token> tokenize(const std::u32string& text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  auto column = [&] { return static_cast<int>(i) + 1; };
  while (i < text.size()) {
    const char32_t c = text[i];
    if (c == U' ' || c == U'\t') {
      ++i;
    } else if (is_digit(c) || (c == U'.' && i + 1 < text.size() && is_digit(text[i + 1]))) {
      Token token{Token::kNumber, column(), 0, ""};
      std::string digits;
      auto take_digits = [&] { while (i < text.size() && is_digit(text[i])) digits += static_cast<char>(text[i++]); };
      take_digits();
      if (i < text.size() && text[i] == U'.') digits += static_cast<char>(text[i++]), take_digits();
      // 1e3 and 2.5e-1; an e that no digits follow is the constant: 2e is 2·e.
      const bool sign = i + 1 < text.size() && (text[i + 1] == U'+' || text[i + 1] == U'-');
      if (i < text.size() && text[i] == U'e' && i + 1 + sign < text.size() && is_digit(text[i + 1 + sign])) {
        digits += 'e';
        if (sign) digits += static_cast<char>(text[i + 1]);
        i += 1 + sign;
        take_digits();
      }
      token.number = std::strtod(digits.c_str(), nullptr);
      tokens.push_back(token);
    } else if (is_letter(c) || c == U'\u03C0') {
      Token token{Token::kName, column(), 0, ""};
      if (c == U'\u03C0') {
        token.text = "pi";
        ++i;
      }
      while (i < text.size() && is_letter(text[i])) token.text += static_cast<char>(text[i++]);
      tokens.push_back(token);
    } else if (c == U'*' && i + 1 < text.size() && text[i + 1] == U'*') {
      tokens.push_back({Token::kSymbol, column(), 0, "^"});
      i += 2;
    } else if (std::string symbol = symbol_of(c); !symbol.empty()) {
      tokens.push_back({Token::kSymbol, column(), 0, symbol});
      ++i;
    } else {
      char shown[16];
      if (c < 0x80) std::snprintf(shown, sizeof shown, "\"%c\"", static_cast<char>(c));
      else std::snprintf(shown, sizeof shown, "U+%04X", static_cast<unsigned>(c));
      throw std::invalid_argument("column " + std::to_string(column()) + ": " + shown +
                                  " is not part of a formula; use numbers, x, + - * / ^, parentheses and functions");
    }
  }
  tokens.push_back({Token::kEnd, static_cast<int>(text.size()) + 1, 0, ""});
  return tokens;
}

}  // namespace

/// The recursive descent of expression.h's grammar, writing the postfix program as it goes.
class ExpressionParser {
 public:
  explicit ExpressionParser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  Expression parse() {
    if (peek().kind == Token::kEnd) throw std::invalid_argument("the formula is empty: type one in x, such as sin(x)");
    sum();
    if (peek().kind != Token::kEnd) {
      fail(peek(), peek().text == ")" || peek().text == "|" ? "\"" + peek().text + "\" closes nothing"
                                                            : "expected an operator such as + or * before " + shown(peek()));
    }
    return std::move(expression_);
  }

 private:
  const Token& peek() const { return tokens_[next_]; }
  const Token& take() { return tokens_[next_++]; }
  bool at(const std::string& symbol) const { return peek().kind == Token::kSymbol && peek().text == symbol; }

  [[noreturn]] static void fail(const Token& token, const std::string& message) {
    throw std::invalid_argument("column " + std::to_string(token.column) + ": " + message);
  }
  static std::string shown(const Token& token) {
    if (token.kind == Token::kEnd) return "the end";
    if (token.kind == Token::kNumber) return "a number";
    return "\"" + token.text + "\"";
  }

  void emit(Expression::Step step) {
    expression_.program_.push_back(step);
    depth_ += step.kind == Expression::Step::kBinary ? -1 : step.kind == Expression::Step::kUnary ? 0 : 1;
    expression_.stack_depth_ = std::max(expression_.stack_depth_, depth_);
  }
  void emit_binary(double (*apply)(double, double)) { emit({Expression::Step::kBinary, 0, nullptr, apply}); }
  void emit_unary(double (*apply)(double)) { emit({Expression::Step::kUnary, 0, apply, nullptr}); }

  void sum() {
    product();
    while (at("+") || at("-")) {
      const bool plus = take().text == "+";
      product();
      emit_binary(plus ? add : subtract);
    }
  }

  void product() {
    signed_term();
    while (true) {
      if (at("*") || at("/")) {
        const bool times = take().text == "*";
        signed_term();
        emit_binary(times ? multiply : divide);
      } else if (peek().kind == Token::kName || at("(") || (at("|") && open_bars_ == 0)) {
        power_term();  // written side by side: 2x, 3(x + 1), x sin(x), 2|x|
        emit_binary(multiply);
      } else {
        return;
      }
    }
  }

  void signed_term() {
    if (at("-") || at("+")) {
      const bool minus = take().text == "-";
      signed_term();
      if (minus) emit_unary(negate);
    } else {
      power_term();
    }
  }

  void power_term() {
    atom();
    while (at("²") || at("³")) {
      emit({Expression::Step::kConstant, take().text == "²" ? 2.0 : 3.0});
      emit_binary(power);
    }
    if (at("^")) {
      take();
      signed_term();
      emit_binary(power);
    }
  }

  void atom() {
    const Token& token = take();
    if (token.kind == Token::kNumber) {
      emit({Expression::Step::kConstant, token.number});
    } else if (token.kind == Token::kName) {
      name(token);
    } else if (token.text == "(") {
      sum();
      close(")", token);
    } else if (token.text == "|") {
      ++open_bars_;
      sum();
      close("|", token);
      --open_bars_;
      emit_unary(absolute);
    } else {
      fail(token, "expected a number, x, a function or \"(\", not " + shown(token));
    }
  }

  void name(const Token& token) {
    if (token.text == "x") return emit({Expression::Step::kX});
    if (token.text == "pi") return emit({Expression::Step::kConstant, kPi});
    if (token.text == "e") return emit({Expression::Step::kConstant, kE});
    for (const Function& function : functions()) {
      if (function.name != token.text) continue;
      if (!at("(")) fail(peek(), function.name + " needs its argument in parentheses: " + function.name + "(x)");
      const Token& open = take();
      sum();
      close(")", open);
      return emit_unary(function.apply);
    }
    fail(token, "unknown name \"" + token.text + "\": use x, pi, e and " + join_names(names_of(functions()), ", "));
  }

  void close(const std::string& symbol, const Token& open) {
    if (!at(symbol)) {
      fail(peek(), "expected \"" + symbol + "\" to close the \"" + open.text + "\" at column " + std::to_string(open.column) +
                       ", not " + shown(peek()));
    }
    take();
  }

  std::vector<Token> tokens_;
  std::size_t next_ = 0;
  int depth_ = 0;
  int open_bars_ = 0;  // inside |…|, a "|" closes: it never starts a factor written side by side
  Expression expression_;
};

Expression Expression::parse(const std::string& text) {
  const std::u32string characters = decode(text);
  if (characters.size() > kLongestExpression) {
    throw std::invalid_argument("the formula is longer than " + std::to_string(kLongestExpression) + " characters");
  }
  return ExpressionParser(tokenize(characters)).parse();
}

double Expression::operator()(double x) const {
  std::vector<double> stack;
  stack.reserve(stack_depth_);
  for (const Step& step : program_) {
    switch (step.kind) {
      case Step::kConstant: stack.push_back(step.constant); break;
      case Step::kX: stack.push_back(x); break;
      case Step::kUnary: stack.back() = step.unary(stack.back()); break;
      case Step::kBinary: {
        const double right = stack.back();
        stack.pop_back();
        stack.back() = step.binary(stack.back(), right);
        break;
      }
    }
  }
  return stack.back();
}

}  // namespace nnplay
