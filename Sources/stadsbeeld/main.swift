import App
import Foundation

exit(await StadsbeeldMain.run())
