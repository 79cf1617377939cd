/**
 * The rules of Sino-foreign cooperative education (shared/domain.md, "Sino-foreign cooperative education"), as
 * plain classes: the four one-thirds check of a program's curriculum and teaching (教外综〔2006〕5号), in exact
 * arithmetic, with the smallest change that would bring a failing share up to one third.
 */
package org.globaloffice.cooperation.control;
