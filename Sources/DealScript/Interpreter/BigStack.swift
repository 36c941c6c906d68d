// Runs the interpreter on a thread with a large stack, so deep (but bounded) recursion in
// scripts ends in a clear error rather than a crash.
import Foundation

enum BigStack {
    /// Stack size for interpreter threads: room for `Runtime.maxDepth` nested calls.
    static let size = 1 << 30

    /// Runs `body` on a fresh thread with a big stack and waits for it.
    static func run(_ body: @escaping () -> Void) {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            body()
            done.signal()
        }
        thread.stackSize = size
        thread.start()
        done.wait()
    }
}
