#include "random.h"

#include <cmath>

namespace nnplay {

namespace {
constexpr std::uint64_t kMultiplier = 6364136223846793005ULL;
constexpr std::uint64_t kIncrement = 1442695040888963407ULL;
}  // namespace

Random::Random(std::uint64_t seed) {
  next();
  state_ += seed;
  next();
}

std::uint32_t Random::next() {
  std::uint64_t old = state_;
  state_ = old * kMultiplier + kIncrement;
  auto xorshifted = static_cast<std::uint32_t>(((old >> 18u) ^ old) >> 27u);
  auto rotation = static_cast<std::uint32_t>(old >> 59u);
  return (xorshifted >> rotation) | (xorshifted << ((32u - rotation) & 31u));
}

double Random::uniform() {
  std::uint64_t high = next() >> 5;  // 27 bits
  std::uint64_t low = next() >> 6;   // 26 bits
  return static_cast<double>((high << 26) | low) * (1.0 / 9007199254740992.0);
}

double Random::uniform(double low, double high) { return low + uniform() * (high - low); }

std::uint32_t Random::below(std::uint32_t n) {
  // Rejects the top partial range so every result is equally likely.
  std::uint32_t threshold = (0u - n) % n;
  for (;;) {
    std::uint32_t r = next();
    if (r >= threshold) return r % n;
  }
}

double Random::normal(double mean, double variance) {
  double v1, v2, s;
  do {
    v1 = 2 * uniform() - 1;
    v2 = 2 * uniform() - 1;
    s = v1 * v1 + v2 * v2;
  } while (s >= 1 || s == 0);
  double result = std::sqrt(-2 * std::log(s) / s) * v1;
  return mean + std::sqrt(variance) * result;
}

}  // namespace nnplay
