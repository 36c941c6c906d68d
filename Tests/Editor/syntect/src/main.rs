// deal-scopes SYNTAX_FOLDER TEST_FILE [FILE...]: loads the .sublime-syntax files of SYNTAX_FOLDER,
// tokenises every FILE (a parse error fails), then checks TEST_FILE's caret lines (Sublime's
// syntax test form: `#   ^^^ scope` points at columns of the code line above; `# <-` at column 0).
// Prints one line per failure and `scopes: N passed, N failed`; exits 1 on any failure.
use std::{env, fs, process::exit};
use syntect::parsing::{ParseState, ScopeStack, SyntaxSet, SyntaxSetBuilder};

/// The scope names in force at each byte of `line`, outermost first (none unless `keep`: a
/// deeply nested line would make that list quadratic in its length).
fn scopes_by_byte(line: &str, state: &mut ParseState, set: &SyntaxSet, stack: &mut ScopeStack, keep: bool)
    -> Result<Vec<Vec<String>>, String> {
    let ops = state.parse_line(line, set).map_err(|e| format!("{e:?}"))?;
    let names = |stack: &ScopeStack| stack.as_slice().iter().map(|s| s.build_string()).collect::<Vec<_>>();
    let mut columns = Vec::new();
    for (offset, op) in ops {
        while keep && columns.len() < offset { columns.push(names(stack)); }
        stack.apply(&op).map_err(|e| format!("{e:?}"))?;
    }
    while keep && columns.len() < line.len() { columns.push(names(stack)); }
    Ok(columns)
}

/// A selector `a b - c - d`: scopes a then b (each a dotted prefix) in the stack, none of c or d.
fn selects(selector: &str, stack: &[String]) -> bool {
    let mut parts = selector.split(" - ");
    let has = |path: &str| {
        let mut rest = stack.iter();
        path.split_whitespace().all(|want| rest.any(|s| s == want || s.starts_with(&format!("{want}."))))
    };
    has(parts.next().unwrap_or("")) && parts.all(|excluded| !has(excluded))
}

fn tokenise(path: &str, set: &SyntaxSet, keep: bool) -> Result<Vec<(String, Vec<Vec<String>>)>, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let syntax = set.find_syntax_by_extension("deal").ok_or("no syntax for .deal files")?;
    let mut state = ParseState::new(syntax);
    let mut stack = ScopeStack::new();
    let mut lines = Vec::new();
    for (number, line) in text.split_inclusive('\n').enumerate() {
        let columns = scopes_by_byte(line, &mut state, set, &mut stack, keep)
            .map_err(|e| format!("{path}:{}: {e}", number + 1))?;
        lines.push((line.trim_end_matches('\n').to_string(), columns));
    }
    Ok(lines)
}

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    if args.len() < 2 { eprintln!("usage: deal-scopes SYNTAX_FOLDER TEST_FILE [FILE...]"); exit(2); }
    let mut builder = SyntaxSetBuilder::new();
    if let Err(e) = builder.add_from_folder(&args[0], true) { eprintln!("deal-scopes: {e}"); exit(1); }
    let set = builder.build();
    let (mut passed, mut failed) = (0, 0);
    for path in &args[2..] {
        match tokenise(path, &set, false) {
            Ok(_) => passed += 1,
            Err(e) => { println!("  FAIL tokenising {e}"); failed += 1; }
        }
    }
    let lines = tokenise(&args[1], &set, true).unwrap_or_else(|e| { eprintln!("deal-scopes: {e}"); exit(1) });
    let mut code: Option<usize> = None;
    for (index, (text, _)) in lines.iter().enumerate() {
        let trimmed = text.trim_start_matches('#');
        let assertion = text.starts_with('#') && (trimmed.trim_start().starts_with('^') || trimmed.starts_with(" <-"));
        if !assertion {
            if !text.starts_with('#') && !text.trim().is_empty() { code = Some(index); }
            continue;
        }
        let Some(target) = code else { continue };
        let (columns, selector) = if let Some(rest) = trimmed.strip_prefix(" <-") {
            (0..1, rest.trim())
        } else {
            let start = text.find('^').unwrap();
            let end = start + text[start..].chars().take_while(|c| *c == '^').count();
            (start..end, text[end..].trim())
        };
        let (code_text, scopes) = &lines[target];
        for column in columns {
            let stack = scopes.get(column).cloned().unwrap_or_default();
            if selects(selector, &stack) { passed += 1; continue; }
            failed += 1;
            println!("  FAIL {}:{} column {} of `{}`: want {selector}, found {}", args[1], index + 1, column,
                     code_text, stack.join(" "));
        }
    }
    println!("scopes: {passed} passed, {failed} failed");
    exit(if failed > 0 { 1 } else { 0 });
}
