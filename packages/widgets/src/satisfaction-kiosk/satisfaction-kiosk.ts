/** Defines <motcua-satisfaction-kiosk>; the only module of the kiosk with a side effect. */
import { SatisfactionKioskElement } from './satisfaction-kiosk.component.js';

SatisfactionKioskElement.define('motcua-satisfaction-kiosk');

export { SatisfactionKioskElement };
