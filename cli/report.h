#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "metrics.h"
#include "model.h"

namespace nnplay::cli {

/// "%.6g" and friends, without the iostream state.
std::string format(const char* pattern, double value);


/// One line of metrics: `loss 0.0251 accuracy 0.992`, or `loss 0.0123 RMSE 0.456 R² 0.987` for
/// regression. The loss is left out when `with_loss` is false.
std::string metrics_line(const Model& model, const Metrics& metrics, bool with_loss);

/// Every metric, one per line; for a classifier also the accuracy of each class and the confusion
/// matrix (rows: true class, columns: predicted class).
void print_metrics(std::ostream& out, const Model& model, const Metrics& metrics, bool with_loss);

}  // namespace nnplay::cli
