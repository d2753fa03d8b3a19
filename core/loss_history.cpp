#include "loss_history.h"

namespace nnplay {

void LossHistory::add(int epoch, double loss) {
  newest_ = {epoch, loss};
  if (!kept_.empty() && (epoch - kept_.front().epoch) % stride_ != 0) return;
  if (kept_.size() == kMaxPoints) {
    // Keep points 0, 2, 4, ...: the first epoch and every 2·stride-th after it.
    for (std::size_t i = 0; 2 * i < kept_.size(); ++i) kept_[i] = kept_[2 * i];
    kept_.resize(kMaxPoints / 2);
    stride_ *= 2;
    if ((epoch - kept_.front().epoch) % stride_ != 0) return;
  }
  kept_.push_back(newest_);
}

std::vector<LossHistory::Point> LossHistory::points() const {
  std::vector<Point> points = kept_;
  if (!kept_.empty() && kept_.back().epoch != newest_.epoch) points.push_back(newest_);
  return points;
}

void LossHistory::clear() {
  std::vector<Point>().swap(kept_);
  stride_ = 1;
  newest_ = {0, 0.0};
}

}  // namespace nnplay
