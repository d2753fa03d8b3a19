#pragma once
#include <string>

#include "dataset.h"
#include "model.h"

namespace nnplay {

// Data fitted to a saved model, by one rule wherever a model meets data (a model to start
// training from, eval, predict): inputs are found by name, in any order, and labels are matched
// to the model's classes by name.

/// `data` with the model's input columns in the model's order (other columns dropped) and labels
/// numbered as the model's classes; data with only some of the classes fits. `source` names the
/// data in errors. Throws std::invalid_argument when an input is missing or the labels are not
/// the model's classes (or, for regression, not numbers).
Dataset fit_to_model(const Model& model, const Dataset& data, const std::string& source);

}  // namespace nnplay
