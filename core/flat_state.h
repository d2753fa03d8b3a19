#pragma once
#include <Eigen/Core>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

namespace nnplay {

/// Writes training state into one flat vector of floats, the form the page keeps and hands back.
/// Whole numbers are written as 16-bit pieces, which a float holds exactly.
class FlatWriter {
 public:
  void whole(std::uint64_t value, int pieces) {
    for (int i = pieces - 1; i >= 0; --i) values_.push_back(static_cast<float>((value >> (16 * i)) & 0xFFFFu));
  }
  /// A count of at most an int, in two pieces.
  void count(int value) { whole(static_cast<std::uint64_t>(value), 2); }
  void matrix(const Eigen::Ref<const Eigen::MatrixXf>& m) { values_.insert(values_.end(), m.data(), m.data() + m.size()); }
  template <typename Mask>
  void mask(const Mask& m) {
    for (Eigen::Index i = 0; i < m.size(); ++i) values_.push_back(m.data()[i] ? 1.0f : 0.0f);
  }
  Eigen::VectorXf finish() const {
    return Eigen::Map<const Eigen::VectorXf>(values_.data(), static_cast<Eigen::Index>(values_.size()));
  }

 private:
  std::vector<float> values_;
};

/// Reads back what a FlatWriter wrote, in the same order, into matrices already of the right shape.
/// Throws std::invalid_argument naming what is wrong when the vector was not written for this
/// network and optimiser: another length, a piece that is not a 16-bit whole number, a value not finite.
class FlatReader {
 public:
  explicit FlatReader(const Eigen::Ref<const Eigen::VectorXf>& values) : values_(values) {}

  std::uint64_t whole(int pieces, const char* what) {
    std::uint64_t value = 0;
    for (int i = 0; i < pieces; ++i) {
      const float piece = take(1)[0];
      if (!(piece >= 0 && piece <= 65535 && piece == std::floor(piece))) {
        throw std::invalid_argument(std::string("the training state's ") + what + " is not a whole number");
      }
      value = (value << 16) | static_cast<std::uint64_t>(piece);
    }
    return value;
  }
  int count(const char* what) {
    const std::uint64_t value = whole(2, what);
    if (value > static_cast<std::uint64_t>(std::numeric_limits<int>::max())) {
      throw std::invalid_argument(std::string("the training state's ") + what + " is beyond an int");
    }
    return static_cast<int>(value);
  }
  void matrix(Eigen::Ref<Eigen::MatrixXf> m, const char* what) {
    const float* from = take(m.size());
    Eigen::Map<const Eigen::MatrixXf> read(from, m.rows(), m.cols());
    if (!read.allFinite()) throw std::invalid_argument(std::string("the training state's ") + what + " must be finite numbers");
    m = read;
  }
  template <typename Mask>
  void mask(Mask& m, const char* what) {
    const float* from = take(m.size());
    for (Eigen::Index i = 0; i < m.size(); ++i) {
      if (from[i] != 0 && from[i] != 1) throw std::invalid_argument(std::string("the training state's ") + what + " must be 0 or 1");
      m.data()[i] = from[i] == 1;
    }
  }
  void finish() const {
    if (at_ != values_.size()) throw length_error();
  }

 private:
  const float* take(Eigen::Index count) {
    if (values_.size() - at_ < count) throw length_error();
    const float* from = values_.data() + at_;
    at_ += count;
    return from;
  }
  std::invalid_argument length_error() const {
    return std::invalid_argument("a training state of " + std::to_string(values_.size()) +
                                 " numbers was not written for this network");
  }

  Eigen::Ref<const Eigen::VectorXf> values_;
  Eigen::Index at_ = 0;
};

}  // namespace nnplay
