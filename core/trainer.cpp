#include "trainer.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "checked_number.h"
#include "named_table.h"
#include "reshape.h"

namespace nnplay {

namespace {

void check_batch_size(int size) { whole_number(size, "the batch size", 1, kMaxBatchSize); }

// What makes the steps too large: the learning rate; with momentum m the velocity, which sums the
// gradients into steps up to 1/(1 − m) times larger; with Adam, steps of about the learning rate.
std::string likely_cause(const OptimizerSettings& settings) {
  std::string text = "The learning rate (" + number_text(settings.learning_rate) + ") is probably too high";
  if (settings.name == "momentum" && settings.momentum > 0 && settings.momentum < 1) {
    text += " for the momentum (" + number_text(settings.momentum) + "), which makes steps up to " +
            number_text(1 / (1 - static_cast<double>(settings.momentum))) + " times larger: lower either";
  } else if (settings.name == "adam") {
    text += " for Adam, whose steps are about the learning rate in size whatever the gradient";
  }
  return text + ".";
}

}  // namespace

Trainer::Trainer(const Network& network, const Loss& loss, const OptimizerSettings& optimizer,
                 const TrainingSettings& settings)
    : loss_(&loss),
      optimizer_(optimizer, network),
      settings_(settings),
      shuffle_random_(settings.shuffle_seed),
      pending_(network.zero_gradients()),
      good_optimizer_(optimizer_) {
  check_batch_size(settings.batch_size);
  check_loss_fits_head(loss, network.head());
}

void Trainer::set_batch_size(int size) {
  check_batch_size(size);
  settings_.batch_size = size;
}

double Trainer::train_epoch(Network& network, const Examples& train) {
  const Eigen::Index count = train.size();
  const Eigen::MatrixXf* inputs = &train.inputs;
  const Eigen::MatrixXf* targets = &train.targets;
  if (settings_.shuffle) {
    // Each epoch shuffles the examples afresh, so the order depends on the generator's state alone.
    order_.resize(static_cast<std::size_t>(count));
    for (Eigen::Index i = 0; i < count; ++i) order_[static_cast<std::size_t>(i)] = i;
    shuffle_random_.shuffle(order_);
    reshape(shuffled_inputs_, train.inputs.rows(), count);
    reshape(shuffled_targets_, train.targets.rows(), count);
    for (Eigen::Index i = 0; i < count; ++i) {
      shuffled_inputs_.col(i) = train.inputs.col(order_[static_cast<std::size_t>(i)]);
      shuffled_targets_.col(i) = train.targets.col(order_[static_cast<std::size_t>(i)]);
    }
    inputs = &shuffled_inputs_;
    targets = &shuffled_targets_;
  }

  const Eigen::Index batch = std::min<Eigen::Index>(settings_.batch_size, count);
  double loss_sum = 0;
  for (Eigen::Index start = 0; start < count; start += batch) {
    const Eigen::Index size = std::min(batch, count - start);
    auto batch_inputs = inputs->middleCols(start, size);
    const Eigen::MatrixXf& output = network.forward(batch_inputs, pass_);
    pass_.delta.resize(pass_.z.size());
    reshape(pass_.delta.back(), output.rows(), output.cols());
    auto batch_targets = targets->middleCols(start, size);
    loss_sum += loss_->total(pass_.z.back(), output, batch_targets);
    loss_->output_delta(pass_.z.back(), output, batch_targets, network.head(), pass_.delta.back());
    network.backward(batch_inputs, pass_, pending_, pending_count_ == 0 ? Sums::kReplace : Sums::kAdd);
    pending_count_ += static_cast<int>(size);
    if (size == batch) {
      optimizer_.step(network, pending_, 1.0f / static_cast<float>(pending_count_));
      pending_count_ = 0;
    }
  }
  return loss_sum / static_cast<double>(count);
}

Eigen::VectorXf Trainer::state() const {
  FlatWriter out;
  out.whole(shuffle_random_.state(), 4);
  out.count(pending_count_);
  // Sums of no example are zero, whatever the last update left in pending_.
  for (std::size_t l = 0; l < pending_.weights.size(); ++l) {
    const Eigen::MatrixXf& weights = pending_.weights[l];
    const Eigen::VectorXf& biases = pending_.biases[l];
    out.matrix(pending_count_ > 0 ? weights : Eigen::MatrixXf::Zero(weights.rows(), weights.cols()));
    out.matrix(pending_count_ > 0 ? biases : Eigen::VectorXf::Zero(biases.size()));
  }
  optimizer_.write_state(out);
  return out.finish();
}

void Trainer::restore_state(const Eigen::Ref<const Eigen::VectorXf>& state) {
  FlatReader in(state);
  const std::uint64_t shuffle_state = in.whole(4, "shuffle generator");
  const int pending_count = in.count("count of carried examples");
  Gradients pending = pending_;
  for (std::size_t l = 0; l < pending.weights.size(); ++l) {
    in.matrix(pending.weights[l], "carried gradients");
    in.matrix(pending.biases[l], "carried gradients");
  }
  Optimizer optimizer = optimizer_;
  optimizer.read_state(in);
  in.finish();
  shuffle_random_.set_state(shuffle_state);
  pending_count_ = pending_count;
  pending_ = std::move(pending);
  optimizer_ = std::move(optimizer);
}

// Weights can stay finite while growing so large that the outputs overflow; one batch shows it.
bool Trainer::outputs_finite(const Network& network, const Examples& train) {
  const Eigen::Index size = std::min<Eigen::Index>(settings_.batch_size, train.size());
  return network.forward(train.inputs.leftCols(size), pass_).allFinite();
}

std::vector<double> Trainer::train(Network& network, const Examples& train, int epochs) {
  std::vector<double> history;
  for (int e = 0; e < epochs; ++e) {
    // Copy-assigned into members of the same shapes, so no allocation after the first epoch.
    good_layers_ = network.layers();
    good_optimizer_ = optimizer_;
    good_pending_ = pending_;
    const int good_pending_count = pending_count_;
    double loss = train_epoch(network, train);
    const bool weights_finite = network.all_finite();
    if (!std::isfinite(loss) || !weights_finite || !outputs_finite(network, train)) {
      network.layers() = good_layers_;
      optimizer_ = good_optimizer_;
      pending_ = good_pending_;
      pending_count_ = good_pending_count;
      const char* became = std::isnan(loss)   ? "NaN"
                           : std::isinf(loss) ? "infinite"
                           : !weights_finite  ? "finite but a weight NaN or infinite"
                                              : "finite but the network's outputs NaN or infinite";
      throw DivergenceError("training diverged in epoch " + std::to_string(epoch_ + 1) + ": the loss became " + became + ". " +
                            likely_cause(optimizer_.settings()) + " The weights are kept as they were after epoch " +
                            std::to_string(epoch_) + ".");
    }
    ++epoch_;
    history.push_back(loss);
  }
  return history;
}

}  // namespace nnplay
