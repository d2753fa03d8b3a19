#pragma once
#include <string>
#include <vector>

namespace nnplay::cli {

// Each command reads the words after its name and returns the exit code. Bad input throws
// std::invalid_argument; a run whose training diverges throws nnplay::DivergenceError.

/// `nnplay train`: trains an experiment and prints its metrics; saves the model with -o.
int train_command(const std::vector<std::string>& args);
/// `nnplay eval`: a saved model's metrics on a generated dataset or a CSV file.
int eval_command(const std::vector<std::string>& args);
/// `nnplay predict`: a saved model's prediction for each input.
int predict_command(const std::vector<std::string>& args);

}  // namespace nnplay::cli
