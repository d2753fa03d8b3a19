#include <iostream>
#include <stdexcept>

#include "arguments.h"
#include "commands.h"
#include "csv.h"
#include "dataset.h"
#include "files.h"
#include "loss.h"
#include "metrics.h"
#include "model_columns.h"
#include "report.h"

namespace nnplay::cli {

namespace {

const char* const kEvalDescription =
    "Evaluates a saved model on a generated dataset (the whole of it) or on a CSV file with the\n"
    "model's input columns and a label column. Prints the loss (when the model file names its loss)\n"
    "and, for a classifier, the accuracy, the accuracy of each class and the confusion matrix; for\n"
    "regression, the RMSE and R².";

const std::vector<Option>& eval_options() {
  static const std::vector<Option> options = {
      {"--model", "FILE", "the model file (required)"},
      {"--dataset", "NAME", "evaluate on a generated dataset"},
      {"--points", "N", "examples to generate (default: the dataset's own)"},
      {"--noise", "N", "noise of the generated data, 0 to 0.5 (default 0)"},
      {"--classes", "K", "classes of spirals and blobs (default 3)"},
      {"--seed", "N", "seed of the generated data (default 1)"},
      {"--csv", "FILE", "evaluate on a CSV file"},
      {"--label", "NAME", "the label column of the CSV (default: the model's label)"},
  };
  return options;
}

Dataset read_data(const Arguments& args, const Model& model) {
  if (args.has("--dataset") == args.has("--csv")) {
    throw std::invalid_argument("eval needs --dataset NAME or --csv FILE");
  }
  if (args.has("--csv")) {
    for (const char* option : {"--points", "--noise", "--classes", "--seed"}) {
      if (args.has(option)) throw std::invalid_argument(std::string(option) + " is for generated data, not --csv");
    }
    const std::string path = args.text("--csv");
    const std::string text = read_file(path);
    try {
      return fit_to_model(model, parse_csv(text, args.has("--label") ? args.text("--label") : model.label_name),
                          "the CSV");
    } catch (const std::invalid_argument& error) {
      throw std::invalid_argument(path + ": " + error.what());
    }
  }
  if (args.has("--label")) throw std::invalid_argument("--label needs --csv");
  DatasetSpec spec;
  spec.name = args.text("--dataset");
  if (args.has("--points")) spec.points = args.integer("--points");
  if (args.has("--noise")) spec.noise = args.number("--noise");
  if (args.has("--classes")) spec.classes = args.integer("--classes");
  if (args.has("--seed")) {
    spec.seed = static_cast<std::uint64_t>(args.integer("--seed", 0));
  }
  return fit_to_model(model, generate_dataset(spec), "dataset " + spec.name);
}

// The loss the model was trained with, when its file names one that fits the model.
const Loss* training_loss(const nlohmann::json& document, const Model& model) {
  const nlohmann::json training = document.value("training", nlohmann::json());
  if (!training.is_object() || !training.contains("loss") || !training["loss"].is_string()) return nullptr;
  try {
    const Loss& named = loss(training["loss"].get<std::string>());
    check_loss_fits_head(named, model.network.head());
    return &named;
  } catch (const std::invalid_argument&) {
    return nullptr;
  }
}

}  // namespace

int eval_command(const std::vector<std::string>& words) {
  if (wants_help(words)) {
    std::cout << help_text("nnplay eval --model FILE (--dataset NAME [options] | --csv FILE [--label NAME])",
                           kEvalDescription, eval_options());
    return 0;
  }
  const Arguments args(words, eval_options());
  const ModelFile file = read_model_file(args.text("--model"));
  const Model& model = file.model;
  const Dataset data = read_data(args, model);

  const Loss* named = training_loss(file.document, model);
  // Metrics need a loss; one that fits any head stands in when the file names none.
  const Loss& used = named != nullptr ? *named : loss(model.network.head().elementwise ? "squared" : "cross_entropy");
  Pass pass;
  const Metrics metrics = evaluate(model, used, prepare_examples(model, data), pass);
  std::cout << "examples  " << data.size() << "\n";
  print_metrics(std::cout, model, metrics, named != nullptr);
  return 0;
}

}  // namespace nnplay::cli
