package io.github.errata;

/** When a generated exception captures its stack trace. */
public enum StackTrace {

  /** 4xx errors skip the capture (they are control flow, and cheap to make); 5xx errors keep it. */
  BY_STATUS,

  /** Every exception captures its stack trace. */
  ALWAYS,

  /** No exception captures a stack trace. */
  NEVER
}
