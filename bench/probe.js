// Runs inside the benchmarked page, installed before any of the app's scripts (addInitScript).
// Plain JavaScript on purpose: a transpiled function would carry helper calls (e.g. esbuild's
// __name) that do not exist in the page.
//
// Times are performance.now() values: milliseconds since the document's navigation started
// (performance.timeOrigin). "Painted" means: the DOM condition holds, then two
// requestAnimationFrame callbacks have run, i.e. the frame that renders the change has begun.
(() => {
  if (window.__masarBench) return;

  let mutationCount = 0;
  let lastPaint = 0;
  const waiters = new Set();

  /** Calls back with the time of the second animation frame after now. */
  function afterPaint(callback) {
    requestAnimationFrame(() => requestAnimationFrame(() => callback(performance.now())));
  }

  /** The numbers in a text, read as the app writes them: "10,000", "10٬000" and "١٠٬٠٠٠" are 10000. */
  function numbers(text) {
    const latin = text
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
      .replace(/(?<=\d)[,.\u066C\u00A0\u202F\u2009'\u2019](?=\d{3}(?!\d))/g, '');
    return (latin.match(/\d+/g) || []).map(Number);
  }

  /** A condition is a small JSON spec so the harness can build it in Node. */
  function holds(spec) {
    if (spec.selector !== undefined) {
      const element = document.querySelector(spec.selector);
      if (element === null) return false;
      return spec.text === undefined || (element.textContent || '').trim() === spec.text;
    }
    if (spec.status !== undefined) {
      const status = document.querySelector('#filter-panel [role=status]');
      if (!status) return false;
      const found = numbers(status.textContent || '');
      return found.length === spec.status.length && found.every((n, i) => n === spec.status[i]);
    }
    if (spec.all !== undefined) return spec.all.every(holds);
    if (spec.not !== undefined) return !holds(spec.not);
    throw new Error('unknown condition ' + JSON.stringify(spec));
  }

  function check() {
    for (const waiter of [...waiters]) {
      if (!holds(waiter.spec)) continue;
      waiters.delete(waiter);
      const hit = performance.now();
      afterPaint((painted) => waiter.resolve({ hit, painted }));
    }
  }

  // One observer for the page's whole life. It only counts and times: the records themselves are
  // never read, to keep the observer's own cost small.
  new MutationObserver(() => {
    mutationCount++;
    afterPaint((t) => {
      if (t > lastPaint) lastPaint = t;
    });
    if (waiters.size > 0) check();
  }).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'aria-pressed', 'hidden', 'aria-valuenow'],
  });

  /** Resolves with {hit, painted} once the condition holds, or null after timeoutMs. */
  function when(spec, timeoutMs) {
    return new Promise((resolve) => {
      const waiter = { spec, resolve };
      if (holds(spec)) {
        const hit = performance.now();
        afterPaint((painted) => resolve({ hit, painted }));
        return;
      }
      waiters.add(waiter);
      setTimeout(() => {
        if (waiters.delete(waiter)) resolve(null);
      }, timeoutMs);
    });
  }

  /** Resolves true after `frames` animation frames in a row saw no DOM change; false on timeout. */
  function settle(frames, timeoutMs) {
    const deadline = performance.now() + timeoutMs;
    return new Promise((resolve) => {
      let seen = mutationCount;
      let quiet = 0;
      const tick = () => {
        if (performance.now() > deadline) return resolve(false);
        if (mutationCount !== seen) {
          seen = mutationCount;
          quiet = 0;
        } else quiet++;
        if (quiet >= frames) return resolve(true);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  }

  /**
   * Resolves true once the main thread has been idle for `periods` long idle periods in a row
   * (requestIdleCallback with more than 40 ms to spare: nothing was waiting to run), false on
   * timeout. Catches work that changes no DOM, such as a search index built in the background.
   */
  function idle(periods, timeoutMs) {
    const deadline = performance.now() + timeoutMs;
    return new Promise((resolve) => {
      let streak = 0;
      const tick = (idleDeadline) => {
        streak = idleDeadline.timeRemaining() > 40 ? streak + 1 : 0;
        if (streak >= periods) return resolve(true);
        if (performance.now() > deadline) return resolve(false);
        requestIdleCallback(tick, { timeout: 1000 });
      };
      requestIdleCallback(tick, { timeout: 1000 });
    });
  }

  const results = {};
  let t0 = null;
  let eventTimeStamp = null;
  let pending = null;

  window.__masarBench = {
    /** Starts watching a load condition now (at document start); the result lands in results. */
    watch(name, spec, timeoutMs) {
      when(spec, timeoutMs).then((r) => {
        results[name] = r;
      });
    },
    /** Waits until every named watch has a result (or timeoutMs passed) and returns them all. */
    async loaded(names, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      while (names.some((n) => !(n in results)) && performance.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      return { ...results };
    },
    settle,
    idle,
    when,
    /** Resolves with the time of the first performance mark of that name, or null after timeoutMs. */
    marked(name, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      return new Promise((resolve) => {
        const look = () => {
          const mark = performance.getEntriesByName(name, 'mark')[0];
          if (mark) return resolve(mark.startTime);
          if (performance.now() > deadline) return resolve(null);
          setTimeout(look, 50);
        };
        look();
      });
    },
    /**
     * Before an input: starts the clock at the first of these events, in a capturing listener on
     * window (the earliest point the page's own code can see the input), and starts watching for
     * the condition the input should bring about. Returns false if it already holds.
     */
    arm(types, spec, timeoutMs) {
      if (holds(spec)) return false;
      t0 = null;
      eventTimeStamp = null;
      const start = (event) => {
        if (t0 !== null) return;
        t0 = performance.now();
        eventTimeStamp = event.timeStamp;
        for (const type of types) window.removeEventListener(type, start, true);
      };
      for (const type of types) window.addEventListener(type, start, true);
      pending = { seen: when(spec, timeoutMs), began: performance.now(), timeoutMs };
      return true;
    },
    /**
     * After the input: waits for the armed condition, then for the DOM to go quiet, and reports
     * the paint after the condition and the paint after the last DOM change (both from t0).
     */
    async measure(quietFrames) {
      if (!pending) throw new Error('measure() without arm()');
      const { seen: seenPromise, began, timeoutMs } = pending;
      pending = null;
      const seen = await seenPromise;
      if (seen === null) return { timedOut: true, t0, phase: 'condition' };
      const left = Math.max(0, timeoutMs - (performance.now() - began));
      const settled = await settle(quietFrames, left);
      if (t0 === null) return { timedOut: false, t0, error: 'the input never reached the page' };
      return {
        timedOut: !settled,
        phase: settled ? undefined : 'settle',
        t0,
        eventTimeStamp,
        conditionPainted: seen.painted - t0,
        settledPainted: Math.max(seen.painted, lastPaint) - t0,
      };
    },
  };
})();
