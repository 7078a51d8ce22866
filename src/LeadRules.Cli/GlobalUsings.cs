global using System;
global using System.IO;
global using System.Linq;
global using System.Collections.Generic;
global using System.Threading.Tasks;
global using System.Threading;
