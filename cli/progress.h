#pragma once
#include <chrono>
#include <ostream>
#include <string>

#include "experiment.h"

namespace nnplay::cli {

/// Training progress for a run of `epochs` epochs. On a terminal, one bar redrawn in place at most
/// ten times a second; otherwise a plain line after every tenth of the epochs and after the last:
///   epoch 250/500 train loss 0.0213 test loss 0.0251 test accuracy 0.992
class Progress {
 public:
  Progress(std::ostream& out, bool terminal, int epochs, bool classification);
  /// Ends a bar left half-drawn, so that an error printed next starts on its own line.
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  /// How many epochs to train before calling report() again, after `done` epochs (≥ 1).
  int next_chunk(int done) const;
  /// After training to stats.epoch epochs.
  void report(const EpochStats& stats);

 private:
  using Clock = std::chrono::steady_clock;
  /// "epoch 250/500 train loss 0.0213 test loss 0.0251 test accuracy 0.992"; shorter for the bar.
  std::string describe(const EpochStats& stats, bool compact) const;
  void draw_bar(const EpochStats& stats);

  std::ostream& out_;
  bool terminal_;
  int epochs_;
  bool classification_;
  int reported_epoch_ = 0;
  Clock::time_point last_report_ = Clock::now();
  Clock::time_point last_draw_{};
  double seconds_per_epoch_ = 0;  // measured on the last chunk; 0 before the first
  bool bar_open_ = false;         // a bar is drawn and its line not yet ended
};

}  // namespace nnplay::cli
