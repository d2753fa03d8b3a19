#include <iostream>
#include <stdexcept>

#include "arguments.h"
#include "checked_number.h"
#include "csv.h"
#include "commands.h"
#include "files.h"
#include "model.h"
#include "named_table.h"
#include "report.h"

namespace nnplay::cli {

namespace {

const char* const kPredictDescription =
    "Prints a saved model's prediction for each input, one line per example, fields separated by\n"
    "tabs. A classifier with probabilities (a sigmoid or softmax output) gives the predicted class,\n"
    "then each class with its probability in percent:\n"
    "  fail<TAB>fail 95.26%<TAB>pass 4.74%\n"
    "A tanh or linear output of one neuron gives the class and its score: how far the output is past\n"
    "0 toward the class (an output of 0 or more is the positive, second class). Regression gives the\n"
    "predicted value.";

const std::vector<Option>& predict_options() {
  static const std::vector<Option> options = {
      {"--model", "FILE", "the model file (required)"},
      {"--input", "LIST", "one example: its inputs in the model's order, e.g. 1.5,-2"},
      {"--csv", "FILE", "examples from a CSV file with a column for each of the model's inputs"},
  };
  return options;
}

Eigen::MatrixXf read_inputs(const Arguments& args, const Model& model) {
  if (args.has("--input") == args.has("--csv")) throw std::invalid_argument("predict needs --input LIST or --csv FILE");
  if (args.has("--csv")) {
    const std::string path = args.text("--csv");
    const std::string text = read_file(path);
    try {
      return parse_csv_inputs(text, model.input_names);
    } catch (const std::invalid_argument& error) {
      throw std::invalid_argument(path + ": " + error.what());
    }
  }
  const std::vector<double> values = args.numbers("--input");
  if (values.size() != model.input_names.size()) {
    throw std::invalid_argument("the model reads " + std::to_string(model.input_names.size()) + " inputs (" +
                                join_names(model.input_names) + "), --input gives " + std::to_string(values.size()));
  }
  Eigen::MatrixXf inputs(static_cast<Eigen::Index>(values.size()), 1);
  for (std::size_t i = 0; i < values.size(); ++i) {
    inputs(static_cast<Eigen::Index>(i), 0) =
        finite_float(values[i], [&] { return "--input's " + model.input_names[i] + " (" + std::to_string(i + 1) + ")"; });
  }
  return inputs;
}

}  // namespace

int predict_command(const std::vector<std::string>& words) {
  if (wants_help(words)) {
    std::cout << help_text("nnplay predict --model FILE (--input LIST | --csv FILE)", kPredictDescription, predict_options());
    return 0;
  }
  const Arguments args(words, predict_options());
  const Model model = read_model_file(args.text("--model")).model;
  const Eigen::MatrixXf outputs = predict(model, read_inputs(args, model));
  for (Eigen::Index i = 0; i < outputs.cols(); ++i) {
    const std::vector<std::string> fields = prediction_fields(model, outputs.col(i));
    for (std::size_t f = 0; f < fields.size(); ++f) std::cout << (f == 0 ? "" : "\t") << fields[f];
    std::cout << "\n";
  }
  return 0;
}

}  // namespace nnplay::cli
