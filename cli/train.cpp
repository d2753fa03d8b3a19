#include <unistd.h>

#include <iostream>
#include <memory>
#include <stdexcept>

#include "arguments.h"
#include "commands.h"
#include "experiment.h"
#include "files.h"
#include "presets.h"
#include "progress.h"
#include "report.h"
#include "train_config.h"

namespace nnplay::cli {

namespace {

constexpr int kDefaultEpochs = 100;

const char* const kTrainDescription =
    "Trains a network on generated data (--dataset) or a CSV file (--csv), or as a JSON\n"
    "configuration says (--config), showing progress on stderr. Prints the final loss and\n"
    "accuracy (RMSE and R² for regression) of the training and test sets; -o saves the model.\n"
    "A preset also shows the article's examples (persons A and B, a house) before and after\n"
    "training, and a linear model its learned formula in the units of its inputs.";

// "before  person A (20-year-old man, 10 lessons)  fail 95.26%  pass 4.74%", one line per example.
void print_examples(std::ostream& out, const std::string& when, const Model& model,
                    const std::vector<PresetExample>& examples) {
  for (const PresetExample& example : examples) {
    const Eigen::Map<const Eigen::VectorXf> inputs(example.inputs.data(), static_cast<Eigen::Index>(example.inputs.size()));
    const Eigen::MatrixXf output = predict(model, inputs);  // [outputs, 1]
    out << when << "  " << example.name;
    for (const std::string& field : prediction_fields(model, output.col(0))) out << "  " << field;
    out << "\n";
  }
}

}  // namespace

int train_command(const std::vector<std::string>& words) {
  if (wants_help(words)) {
    std::cout << help_text("nnplay train [options]", kTrainDescription, train_options());
    return 0;
  }
  const Arguments args(words, train_options());
  const int epochs = args.has("--epochs") ? args.integer("--epochs", 0) : kDefaultEpochs;
  if (args.has("-o") && args.text("-o").empty()) throw std::invalid_argument("-o needs a file name");
  // Created before training, so that a path that cannot be written fails at once.
  const std::unique_ptr<PendingFile> output = args.has("-o") ? std::make_unique<PendingFile>(args.text("-o")) : nullptr;

  Experiment experiment = [&] {
    try {
      return Experiment(train_config(args));
    } catch (const std::invalid_argument& error) {
      throw std::invalid_argument(with_option_names(error.what(), args));
    }
  }();
  const Model& model = experiment.model();
  const std::vector<PresetExample> examples =
      args.has("--preset") ? preset_examples(args.text("--preset")) : std::vector<PresetExample>{};
  print_examples(std::cout, "before", model, examples);
  {
    Progress progress(std::cerr, isatty(STDERR_FILENO) != 0, epochs, model.classes > 0);
    while (experiment.epoch() < epochs) progress.report(experiment.train(progress.next_chunk(experiment.epoch())));
  }

  std::cout << "epochs " << experiment.epoch() << "\n"
            << "train  " << metrics_line(model, experiment.metrics(false), true) << "\n"
            << "test   " << metrics_line(model, experiment.metrics(true), true) << "\n";
  print_examples(std::cout, "after ", model, examples);
  const std::string formula = formula_text(model);
  if (!formula.empty()) std::cout << "learned " << formula << "\n";
  if (output) {
    output->commit(experiment.save().dump(2) + "\n");
    std::cout << "saved  " << output->path() << "\n";
  }
  return 0;
}

}  // namespace nnplay::cli
