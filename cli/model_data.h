#pragma once
#include <Eigen/Core>
#include <string>

#include "dataset.h"
#include "model.h"

namespace nnplay::cli {

// Data fitted to a saved model: its inputs found by name, its classes numbered as the model's.

/// `data` with the model's input columns in the model's order (other columns dropped) and labels
/// numbered as the model's classes. `source` names the data in errors. Throws std::invalid_argument
/// when an input is missing or the labels do not fit the model.
Dataset fit_to_model(const Model& model, const Dataset& data, const std::string& source);

}  // namespace nnplay::cli
