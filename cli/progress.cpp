#include "progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>

#include "report.h"

namespace nnplay::cli {

namespace {

constexpr double kRedrawSeconds = 0.1;
constexpr int kBarWidth = 8;

int terminal_width() {
  winsize size{};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

}  // namespace

Progress::Progress(std::ostream& out, bool terminal, int epochs, bool classification)
    : out_(out), terminal_(terminal), epochs_(epochs), classification_(classification) {}

Progress::~Progress() {
  if (bar_open_) out_ << "\n" << std::flush;
}

int Progress::next_chunk(int done) const {
  const int remaining = std::max(epochs_ - done, 1);
  if (terminal_) {
    if (seconds_per_epoch_ <= 0) return 1;
    // Clamped as a double: a fast epoch would make the quotient overflow an int.
    return static_cast<int>(std::clamp(kRedrawSeconds / seconds_per_epoch_, 1.0, static_cast<double>(remaining)));
  }
  // Reports land on multiples of a tenth of the run (rounded up), and on the last epoch; written
  // without epochs_ + 9, which overflows near 2³¹.
  const int step = std::max(epochs_ / 10 + (epochs_ % 10 != 0 ? 1 : 0), 1);
  return std::min(step - done % step, remaining);
}

std::string Progress::describe(const EpochStats& stats, bool compact) const {
  const char* pattern = compact ? "%.3g" : "%.4g";
  std::string text = "epoch " + std::to_string(stats.epoch) + "/" + std::to_string(epochs_) + " train loss " +
                     format(pattern, stats.train_loss) + " test loss " + format(pattern, stats.test_loss);
  if (classification_) text += (compact ? " accuracy " : " test accuracy ") + format("%.3f", stats.test_accuracy);
  return text;
}

void Progress::report(const EpochStats& stats) {
  const Clock::time_point now = Clock::now();
  const int trained = stats.epoch - reported_epoch_;
  if (trained > 0) seconds_per_epoch_ = std::chrono::duration<double>(now - last_report_).count() / trained;
  last_report_ = now;
  reported_epoch_ = stats.epoch;
  if (!terminal_) {
    out_ << describe(stats, false) << "\n" << std::flush;
    return;
  }
  const bool last = stats.epoch >= epochs_;
  if (last || std::chrono::duration<double>(now - last_draw_).count() >= kRedrawSeconds) {
    last_draw_ = now;
    draw_bar(stats);
  }
  if (last && bar_open_) {
    out_ << "\n" << std::flush;
    bar_open_ = false;
  }
}

void Progress::draw_bar(const EpochStats& stats) {
  const auto filled = static_cast<int>(
      std::min<long long>(static_cast<long long>(kBarWidth) * stats.epoch / std::max(epochs_, 1), kBarWidth));
  std::string line =
      "[" + std::string(filled, '#') + std::string(kBarWidth - filled, '.') + "] " + describe(stats, true);
  // A line longer than the terminal would wrap, and \r would then redraw only its last part.
  line.resize(std::min<std::size_t>(line.size(), static_cast<std::size_t>(std::max(terminal_width() - 1, 1))));
  out_ << "\r" << line << "\x1b[K" << std::flush;
  bar_open_ = true;
}

}  // namespace nnplay::cli
