#pragma once
#include <Eigen/Core>
#include <ostream>
#include <string>
#include <vector>

#include "metrics.h"
#include "model.h"

namespace nnplay::cli {

/// "%.6g" and friends, without the iostream state.
std::string format(const char* pattern, double value);


/// A prediction for one output column, as fields. A sigmoid or softmax head: the predicted class,
/// then each class with its probability in percent ("pass", "fail 4.78%", "pass 95.22%"). A tanh or
/// linear head of two classes: the class and its score, how far the output is past 0 toward it.
/// Regression: the value.
std::vector<std::string> prediction_fields(const Model& model, const Eigen::Ref<const Eigen::VectorXf>& output);

/// "price = 150000 + 90.3*size_m2 + 1006.2*stories - 40.5*distance_to_school_m" for a linear model
/// (model.h's linear_formula) in the units of its inputs; empty for any other model.
std::string formula_text(const Model& model);

/// One line of metrics: `loss 0.0251 accuracy 0.992`, or `loss 0.0123 RMSE 0.456 R² 0.987` for
/// regression. The loss is left out when `with_loss` is false.
std::string metrics_line(const Model& model, const Metrics& metrics, bool with_loss);

/// Every metric, one per line; for a classifier also the accuracy of each class and the confusion
/// matrix (rows: true class, columns: predicted class).
void print_metrics(std::ostream& out, const Model& model, const Metrics& metrics, bool with_loss);

}  // namespace nnplay::cli
