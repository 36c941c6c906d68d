// Runs the interpreter on a thread with a large stack, so deep (but bounded) recursion in
// scripts ends in a clear error rather than a crash.
import Foundation

enum BigStack {
    /// Stack size for interpreter threads: room for the runtime's call-depth limit (10,000 nested calls).
    static let size = 1 << 28

    /// Runs `body` on a fresh thread with a big stack and waits for it.
    static func run(_ body: @escaping () -> Void) {
        let done = DispatchSemaphore(value: 0)
        let handOff = HandOff(body: body)
        let thread = Thread {
            handOff.body()
            done.signal()
        }
        thread.stackSize = size
        thread.start()
        done.wait()
    }

    /// The session's work, moved to the big-stack thread. Unchecked, and safe: the caller
    /// blocks until that thread is done, so only one thread touches the session at a time.
    private struct HandOff: @unchecked Sendable {
        let body: () -> Void
    }
}
