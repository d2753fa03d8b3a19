// The site's page: one playground with the circle demo.
import { circleDemo } from './config';
import { mount } from './main';

const element = document.getElementById('playground');
if (!element) throw new Error('index.html has no #playground element.');
mount(element, circleDemo);
