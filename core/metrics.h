#pragma once
#include <Eigen/Core>
#include <vector>

#include "loss.h"
#include "model.h"

namespace nnplay {

/// How well a model does on a set of examples. Accuracy fields are NaN for regression, RMSE and R²
/// NaN for classification.
struct Metrics {
  double loss = 0;  // mean over the examples
  double accuracy = 0;
  std::vector<double> class_accuracy;  // [classes]: share of each true class predicted right
  Eigen::MatrixXi confusion;           // [true class, predicted class] counts
  std::vector<int> predicted;          // [examples]: each example's predicted class, in the data's order
  double rmse = 0;                     // in the label's units
  double r2 = 0;
};

/// Evaluates on all examples at once; `pass` is scratch space reused between calls.
Metrics evaluate(const Model& model, const Loss& loss, const Examples& examples, Pass& pass);

}  // namespace nnplay
