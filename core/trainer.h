#pragma once
#include <cstdint>
#include <stdexcept>
#include <vector>

#include "loss.h"
#include "model.h"
#include "optimizer.h"

namespace nnplay {

/// Training stopped because the loss or a weight became NaN or infinite.
class DivergenceError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The largest batch size a configuration or a call may set.
constexpr int kMaxBatchSize = 100000;

struct TrainingSettings {
  int batch_size = 10;
  bool shuffle = true;  // reshuffle the training order every epoch (the Playground keeps it fixed)
  std::uint64_t shuffle_seed = 1;
};

/// Minibatch gradient descent by backpropagation over whole batch matrices.
///
/// An epoch is one pass over the training examples in chunks of batch_size. As in TensorFlow
/// Playground, the weights are updated after each full chunk with the mean gradient of the examples
/// accumulated since the last update; a final partial chunk is carried into the next epoch's first
/// update. A batch size above the number of training examples takes them all in one update per epoch
/// (the Playground's rule would never update: its data is never that small).
class Trainer {
 public:
  Trainer(const Network& network, const Loss& loss, const OptimizerSettings& optimizer,
          const TrainingSettings& settings);

  /// Runs `epochs` epochs and returns each one's mean loss over the batches as they were trained.
  /// On NaN/Inf it restores the network and optimiser to the end of the last good epoch and throws
  /// DivergenceError.
  std::vector<double> train(Network& network, const Examples& train, int epochs);

  int epoch() const { return epoch_; }
  /// What training carries from one epoch to the next besides the weights and the epoch count: the
  /// optimiser's state, the gradients of a partial batch carried over, the shuffle's generator. A
  /// trainer of the same network and optimiser given this state and the same weights trains on
  /// exactly as this one would. [numbers]
  Eigen::VectorXf state() const;
  /// Throws std::invalid_argument, changing nothing, when `state` was not written for this network
  /// and optimiser (flat_state.h).
  void restore_state(const Eigen::Ref<const Eigen::VectorXf>& state);
  Optimizer& optimizer() { return optimizer_; }
  const Optimizer& optimizer() const { return optimizer_; }
  const Loss& loss() const { return *loss_; }
  const TrainingSettings& settings() const { return settings_; }
  /// Throws std::invalid_argument unless 1 ≤ size ≤ kMaxBatchSize.
  void set_batch_size(int size);

 private:
  double train_epoch(Network& network, const Examples& train);
  bool outputs_finite(const Network& network, const Examples& train);

  const Loss* loss_;
  Optimizer optimizer_;
  TrainingSettings settings_;
  Random shuffle_random_;
  int epoch_ = 0;
  Pass pass_;
  Gradients pending_;  // gradient sums of the pending_count_ examples since the last update (none: stale)
  int pending_count_ = 0;
  std::vector<Eigen::Index> order_;  // this epoch's order of the training examples
  Eigen::MatrixXf shuffled_inputs_;   // [network inputs, examples]
  Eigen::MatrixXf shuffled_targets_;  // [outputs, examples]
  // The state at the end of the last good epoch, restored on divergence.
  std::vector<Layer> good_layers_;
  Optimizer good_optimizer_;
  Gradients good_pending_;
};

}  // namespace nnplay
