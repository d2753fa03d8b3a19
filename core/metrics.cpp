#include "metrics.h"

#include <cmath>
#include <limits>

namespace nnplay {

Metrics evaluate(const Model& model, const Loss& loss, const Examples& examples, Pass& pass) {
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  Metrics metrics;
  const auto count = static_cast<double>(examples.size());
  const Eigen::MatrixXf& output = model.network.forward(examples.inputs, pass);
  metrics.loss = loss.total(pass.z.back(), output, examples.targets) / count;
  if (model.classes == 0) {
    metrics.accuracy = nan;
    Eigen::ArrayXf predicted = model.target_mean + model.target_scale * output.row(0).transpose().array();
    Eigen::ArrayXf truth = examples.labels.array();
    double squared_error = static_cast<double>((predicted - truth).square().sum());
    double variance = static_cast<double>((truth - truth.mean()).square().sum());
    metrics.rmse = std::sqrt(squared_error / count);
    metrics.r2 = variance > 0 ? 1 - squared_error / variance : nan;
    return metrics;
  }
  metrics.rmse = nan;
  metrics.r2 = nan;
  metrics.confusion = Eigen::MatrixXi::Zero(model.classes, model.classes);
  metrics.predicted.reserve(static_cast<std::size_t>(examples.size()));
  for (Eigen::Index i = 0; i < examples.size(); ++i) {
    metrics.predicted.push_back(predicted_class(model, output.col(i)));
    metrics.confusion(static_cast<int>(examples.labels(i)), metrics.predicted.back())++;
  }
  metrics.accuracy = metrics.confusion.trace() / count;
  for (int c = 0; c < model.classes; ++c) {
    int total = metrics.confusion.row(c).sum();
    metrics.class_accuracy.push_back(total > 0 ? static_cast<double>(metrics.confusion(c, c)) / total : nan);
  }
  return metrics;
}

}  // namespace nnplay
