#pragma once
#include <cstddef>
#include <vector>

namespace nnplay {

/// The mean training loss of each epoch, in bounded memory however long training runs: at most
/// kMaxPoints evenly spaced points from the first epoch, and the newest epoch. Until full every
/// epoch is kept; when full, every other point is dropped (the first stays) and from then on only
/// every 2nd epoch is recorded, then every 4th, and so on: the curve keeps its shape at a coarser
/// resolution.
class LossHistory {
 public:
  static constexpr std::size_t kMaxPoints = 1000;
  struct Point {
    int epoch;
    double loss;
  };

  /// Epochs must come in increasing order.
  void add(int epoch, double loss);
  /// The kept points in order of epoch, ending with the newest epoch.
  std::vector<Point> points() const;
  /// Forgets every point and frees their memory.
  void clear();

 private:
  std::vector<Point> kept_;  // epochs first, first + stride, first + 2·stride, ...
  int stride_ = 1;
  Point newest_{0, 0.0};
};

}  // namespace nnplay
