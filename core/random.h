#pragma once
#include <cstdint>
#include <utility>
#include <vector>

namespace nnplay {

/// PCG32 (O'Neill): the same stream from the same seed on every compiler and platform.
/// No std:: distributions are used, since libstdc++ and libc++ implement them differently.
class Random {
 public:
  explicit Random(std::uint64_t seed);

  std::uint32_t next();
  /// Uniform in [0, 1) with 53 random bits.
  double uniform();
  double uniform(double low, double high);
  /// Uniform integer in [0, n).
  std::uint32_t below(std::uint32_t n);
  /// Normal variate by Marsaglia's polar method, as TensorFlow Playground draws it.
  double normal(double mean, double variance);

  /// The whole state: a generator set to another's state goes on with the same stream.
  std::uint64_t state() const { return state_; }
  void set_state(std::uint64_t state) { state_ = state; }

  /// Fisher–Yates from the back, as TensorFlow Playground shuffles.
  template <typename T>
  void shuffle(std::vector<T>& items) {
    for (std::size_t counter = items.size(); counter > 0; --counter) {
      std::size_t index = below(static_cast<std::uint32_t>(counter));
      std::swap(items[counter - 1], items[index]);
    }
  }

 private:
  std::uint64_t state_ = 0;
};

}  // namespace nnplay
