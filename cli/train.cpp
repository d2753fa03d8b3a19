#include <unistd.h>

#include <iostream>
#include <memory>
#include <stdexcept>

#include "arguments.h"
#include "commands.h"
#include "experiment.h"
#include "files.h"
#include "progress.h"
#include "report.h"
#include "train_config.h"

namespace nnplay::cli {

namespace {

constexpr int kDefaultEpochs = 100;

const char* const kDescription =
    "Trains a network on generated data (--dataset) or a CSV file (--csv), or as a JSON\n"
    "configuration says (--config), showing progress on stderr. Prints the final loss and\n"
    "accuracy (RMSE and R² for regression) of the training and test sets; -o saves the model.";

}  // namespace

int train_command(const std::vector<std::string>& words) {
  if (wants_help(words)) {
    std::cout << help_text("nnplay train [options]", kDescription, train_options());
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
  {
    Progress progress(std::cerr, isatty(STDERR_FILENO) != 0, epochs, model.classes > 0);
    while (experiment.epoch() < epochs) progress.report(experiment.train(progress.next_chunk(experiment.epoch())));
  }

  std::cout << "epochs " << experiment.epoch() << "\n"
            << "train  " << metrics_line(model, experiment.metrics(false), true) << "\n"
            << "test   " << metrics_line(model, experiment.metrics(true), true) << "\n";
  if (output) {
    output->commit(experiment.save().dump(2) + "\n");
    std::cout << "saved  " << output->path() << "\n";
  }
  return 0;
}

}  // namespace nnplay::cli
