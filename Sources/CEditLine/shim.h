// Shim for libedit: Swift cannot call C variadic functions (el_set, el_get, history) nor
// use the C stdio globals under Swift 6, so each use is wrapped in a static inline function.
#ifndef TRANCHE_CEDITLINE_SHIM_H
#define TRANCHE_CEDITLINE_SHIM_H
#include <stdio.h>
#include <signal.h>
#include <histedit.h>

static inline FILE *tranche_stdin(void) { return stdin; }
static inline FILE *tranche_stdout(void) { return stdout; }
static inline FILE *tranche_stderr(void) { return stderr; }

// MARK: editor

/// The prompt callback libedit calls before each line; it reads the prompt from client data.
typedef char *(*tranche_prompt_fn)(EditLine *);
/// A key-bound function (e.g. Tab completion); returns one of libedit's CC_* codes.
typedef unsigned char (*tranche_key_fn)(EditLine *, int);

static inline int tranche_el_set_prompt(EditLine *el, tranche_prompt_fn fn) {
    return el_set(el, EL_PROMPT, fn);
}
static inline int tranche_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int tranche_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
static inline int tranche_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}
static inline int tranche_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}
static inline void *tranche_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}
static inline int tranche_el_add_function(EditLine *el, const char *name, const char *help,
                                          tranche_key_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int tranche_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, NULL);
}

// MARK: history

static inline int tranche_history_set_size(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}
static inline int tranche_history_set_unique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}
static inline int tranche_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}
static inline int tranche_history_clear(History *h) {
    HistEvent ev;
    return history(h, &ev, H_CLEAR);
}
static inline int tranche_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}
static inline int tranche_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}
/// The entry `index` places back from the newest (0 = newest), or NULL.
static inline const char *tranche_history_get(History *h, int index) {
    HistEvent ev;
    if (history(h, &ev, H_FIRST) != 0) return NULL;
    for (int i = 0; i < index; i++) {
        if (history(h, &ev, H_NEXT) != 0) return NULL;
    }
    return ev.str;
}

// MARK: signals

/// Installs `handler` for SIGINT without SA_RESTART, so a blocked read returns EINTR.
static inline int tranche_install_sigint(void (*handler)(int)) {
    struct sigaction action;
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(SIGINT, &action, NULL);
}

#endif
