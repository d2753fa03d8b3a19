// web/src/learn/widgets/drivingModel.ts and drivingFormulas.ts: the driving widget's options, the
// names of its weights, what a weight field accepts, and each neuron's sum written out, on the
// article's network with Person B's pass worked by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { drivingOptions, describePass, formatNumber, formatPercent, parameterLabel, parameters, parseParameter } = await load('learn/widgets/drivingModel.ts');
const { neuronFormulas } = await load('learn/widgets/drivingFormulas.ts');

// The article's network as the engine's networkJson gives it (0.01 and 0.025 as 32-bit floats).
const view = {
  inputs: ['age', 'sex', 'lessons'],
  layers: [
    { activation: 'relu', names: ['parking', 'road driving'], weights: [[4, 0.5, 3], [4, -0.5, 6]], biases: [-110, -140] },
    { activation: 'sigmoid', names: ['pass'], weights: [[0.009999999776482582, 0.02500000037252903]], biases: [-3] },
  ],
};
// Person B (50, female = 1, 20 lessons): parking = 4·50 + 0.5·1 + 3·20 − 110 = 150.5,
// road driving = 4·50 − 0.5·1 + 6·20 − 140 = 179.5, z = 0.01·150.5 + 0.025·179.5 − 3 = 2.9925,
// σ(2.9925) = 1 / (1 + e^−2.9925) = 0.952234.
const personB = { inputs: [50, 1, 20], z: [[150.5, 179.5], [2.9925003051757813]], a: [[150.5, 179.5], [0.952234]] };

const spec = {
  kind: 'driving',
  label: 'the network',
  people: [
    { name: 'Person A', age: 20, sex: 'male', lessons: 10 },
    { name: 'Person B', age: 50, sex: 'female', lessons: 20 },
  ],
  passes: { person: 'Person A', atLeast: 0.5 },
  age: { min: 16, max: 80 },
  lessons: { min: 0, max: 40 },
};

test('the options give each person the engine\'s sex code and name the goal\'s person; wrong ones say what is wrong', () => {
  const options = drivingOptions(spec);
  assert.deepEqual(options.people[1], { name: 'Person B', age: 50, sex: 1, lessons: 20 });
  assert.deepEqual(options.goal, { person: options.people[0], atLeast: 0.5 });
  assert.throws(() => drivingOptions({ ...spec, passes: { person: 'Person C', atLeast: 0.5 } }), /"passes" must name one of the people/);
  assert.throws(() => drivingOptions({ ...spec, people: [{ ...spec.people[0], sex: 'x' }] }), /people\[0\]\.sex must be male or female/);
  assert.throws(() => drivingOptions({ ...spec, age: { min: 30, max: 80 } }), /person "Person A" is outside the sliders' ranges/);
  assert.throws(() => drivingOptions({ ...spec, lessons: { min: 40, max: 0 } }), /"lessons" needs min below max/);
});

test('every weight and bias has a name, neuron by neuron', () => {
  assert.deepEqual(
    parameters(view).map((parameter) => parameterLabel(view, parameter)),
    [
      'Weight from age to parking', 'Weight from sex to parking', 'Weight from lessons to parking', 'Bias of parking',
      'Weight from age to road driving', 'Weight from sex to road driving', 'Weight from lessons to road driving', 'Bias of road driving',
      'Weight from parking to pass', 'Weight from road driving to pass', 'Bias of pass',
    ],
  );
});

test('a weight field takes a finite number and nothing else', () => {
  assert.equal(parseParameter(' -2.5 '), -2.5);
  assert.equal(parseParameter('1e3'), 1000);
  for (const text of ['', '  ', '1e', 'abc', 'Infinity', 'NaN']) assert.equal(parseParameter(text), null, text);
});

test('numbers read as they were set: floats rounded to six digits, a true minus, percentages with two decimals', () => {
  assert.equal(formatNumber(0.009999999776482582), '0.01');
  assert.equal(formatNumber(2.9925003051757813), '2.9925');
  assert.equal(formatNumber(-110), '−110');
  assert.equal(formatPercent(0.04742587), '4.74%');
  assert.equal(formatPercent(0.5), '50.00%');
});

test('Person B\'s pass: each neuron\'s sum written out with its numbers, and the figure\'s text alternative', () => {
  assert.deepEqual(neuronFormulas(view, personB), [
    ['\\text{parking} = \\operatorname{ReLU}(4 \\cdot 50 + 0.5 \\cdot 1 + 3 \\cdot 20 - 110)', '= \\operatorname{ReLU}(150.5) = 150.5'],
    ['\\text{road driving} = \\operatorname{ReLU}(4 \\cdot 50 - 0.5 \\cdot 1 + 6 \\cdot 20 - 140)', '= \\operatorname{ReLU}(179.5) = 179.5'],
    ['\\text{pass} = \\sigma(0.01 \\cdot 150.5 + 0.025 \\cdot 179.5 - 3)', '= \\sigma(2.9925) = 95.22\\%'],
  ]);
  // Person A: both hidden sums 0, so pass = σ(−3); the −3 is grouped, a sign rather than a subtraction.
  const personA = { inputs: [20, 0, 10], z: [[0, 0], [-3]], a: [[0, 0], [0.047426]] };
  assert.deepEqual(neuronFormulas(view, personA)[2], ['\\text{pass} = \\sigma(0.01 \\cdot 0 + 0.025 \\cdot 0 - 3)', '= \\sigma({-3}) = 4.74\\%']);
  assert.equal(
    describePass(view, personB),
    'The driving-test network for age 50, sex female, lessons 20. ' +
      'parking: weights 4 from age, 0.5 from sex, 3 from lessons, bias −110; sum 150.5, ReLU output 150.5. ' +
      'road driving: weights 4 from age, −0.5 from sex, 6 from lessons, bias −140; sum 179.5, ReLU output 179.5. ' +
      'pass: weights 0.01 from parking, 0.025 from road driving, bias −3; sum 2.9925, sigmoid output 95.22%.',
  );
});
