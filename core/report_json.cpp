#include "report_json.h"

#include <cmath>

namespace nnplay {

using nlohmann::json;

namespace {

json number_or_null(double value) { return std::isnan(value) ? json() : json(value); }

// A vector as a list of numbers.
json number_list(const Eigen::Ref<const Eigen::VectorXf>& values) {
  return std::vector<float>(values.data(), values.data() + values.size());
}

// One list of numbers per layer.
json per_layer(const std::vector<Eigen::VectorXf>& layers) {
  json list = json::array();
  for (const Eigen::VectorXf& layer : layers) list.push_back(number_list(layer));
  return list;
}

// One list of rows per layer: [layer][to][from].
json per_layer(const std::vector<Eigen::MatrixXf>& layers) {
  json list = json::array();
  for (const Eigen::MatrixXf& matrix : layers) {
    json rows = json::array();
    for (Eigen::Index to = 0; to < matrix.rows(); ++to) rows.push_back(number_list(matrix.row(to).transpose()));
    list.push_back(rows);
  }
  return list;
}

}  // namespace

json metrics_json(const Metrics& metrics) {
  json confusion = json::array();
  for (Eigen::Index truth = 0; truth < metrics.confusion.rows(); ++truth) {
    json row = json::array();
    for (Eigen::Index predicted = 0; predicted < metrics.confusion.cols(); ++predicted) {
      row.push_back(metrics.confusion(truth, predicted));
    }
    confusion.push_back(row);
  }
  json class_accuracy = json::array();
  for (double accuracy : metrics.class_accuracy) class_accuracy.push_back(number_or_null(accuracy));
  return {{"loss", metrics.loss},
          {"accuracy", number_or_null(metrics.accuracy)},
          {"classAccuracy", class_accuracy},
          {"confusion", confusion},
          {"predicted", metrics.predicted},
          {"rmse", number_or_null(metrics.rmse)},
          {"r2", number_or_null(metrics.r2)}};
}

json trace_json(const StepTrace& trace) {
  return {{"inputs", number_list(trace.inputs)},
          {"target", number_list(trace.target)},
          {"z", per_layer(trace.z)},
          {"a", per_layer(trace.a)},
          {"delta", per_layer(trace.delta)},
          {"loss", trace.loss},
          {"weightGradients", per_layer(trace.weight_gradients)},
          {"biasGradients", per_layer(trace.bias_gradients)},
          {"weightChanges", per_layer(trace.weight_changes)},
          {"biasChanges", per_layer(trace.bias_changes)},
          {"weightsAfter", per_layer(trace.weights_after)},
          {"biasesAfter", per_layer(trace.biases_after)}};
}

json trace_json(const ExampleTrace& trace) {
  json traced = trace_json(trace.step);
  traced["example"] = trace.index;
  traced["label"] = trace.label;
  traced["lossName"] = trace.loss;
  const BatchStepTrace& batch = trace.minibatch_step;
  traced["minibatch"] = {{"examples", trace.minibatch},
                         {"loss", batch.loss},
                         {"weightGradients", per_layer(batch.weight_gradients)},
                         {"biasGradients", per_layer(batch.bias_gradients)},
                         {"weightChanges", per_layer(batch.weight_changes)},
                         {"biasChanges", per_layer(batch.bias_changes)},
                         {"weightsAfter", per_layer(batch.weights_after)},
                         {"biasesAfter", per_layer(batch.biases_after)}};
  return traced;
}

}  // namespace nnplay
