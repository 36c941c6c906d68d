import Testing
@testable import DealShell
