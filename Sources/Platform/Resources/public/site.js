// Small enhancements; every page works without them.
// 1. Sortable tables: the header cells with data-sort become buttons that sort the rows.
// 2. The print button on a steekkaart.
// 3. Selectors submit when changed.
// 4. Maps zoom and pan.
// 5. A filter box above a list of area checkboxes.
(function () {
  "use strict";
  function cellValue(row, index, kind) {
    var cell = row.children[index];
    if (!cell) return "";
    if (kind === "number") {
      var raw = cell.getAttribute("data-value");
      if (raw === null) raw = cell.textContent.replace(/\./g, "").replace(",", ".").replace("−", "-");
      var n = parseFloat(raw);
      return isNaN(n) ? -Infinity : n;
    }
    return cell.textContent.trim().toLowerCase();
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var headers = table.querySelectorAll("thead th[data-sort]");
    headers.forEach(function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var kind = th.getAttribute("data-sort");
        rows.sort(function (a, b) {
          var x = cellValue(a, index, kind), y = cellValue(b, index, kind);
          if (x < y) return ascending ? -1 : 1;
          if (x > y) return ascending ? 1 : -1;
          return 0;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
  // 5. A filter box above a list of area checkboxes (Cijfers own groups): typing hides the areas whose name does
  //    not match; ticked areas stay visible. Without JavaScript the whole list scrolls in its frame.
  document.querySelectorAll("fieldset[data-area-filter]").forEach(function (fieldset, index) {
    var list = fieldset.querySelector(".checklist");
    if (!list) return;
    var wrap = document.createElement("div");
    wrap.className = "field area-filter";
    var label = document.createElement("label");
    label.htmlFor = "gebiedfilter-" + index;
    label.textContent = fieldset.getAttribute("data-area-filter");
    var input = document.createElement("input");
    input.type = "search";
    input.id = label.htmlFor;
    wrap.appendChild(label);
    wrap.appendChild(input);
    // Outside the fieldset: the group holds only the areas.
    fieldset.parentNode.insertBefore(wrap, fieldset);
    input.addEventListener("input", function () {
      var words = input.value.trim().toLowerCase();
      list.querySelectorAll(".check").forEach(function (item) {
        var box = item.querySelector("input");
        var match = !words || item.textContent.toLowerCase().indexOf(words) !== -1 || (box && box.checked);
        item.hidden = !match;
      });
    });
  });
  // 4. Maps: zoom and pan through the viewBox of the map's SVG (Charts/ChoroplethMap.swift). The buttons come hidden
  // in the HTML and are shown here; on the focused map + and − zoom, the arrow keys pan and 0 resets; a mouse drags,
  // and the wheel zooms once the map has focus (so scrolling the page never gets caught by a map).
  document.querySelectorAll("figure.map").forEach(function (figure) {
    var controls = figure.querySelector(".map-zoom");
    var maps = Array.prototype.slice.call(figure.querySelectorAll("svg.choropleth"));
    if (!controls || !maps.length) return;
    var bases = maps.map(function (svg) { var box = svg.viewBox.baseVal; return { w: box.width, h: box.height }; });
    var view = { scale: 1, cx: 0.5, cy: 0.5 };  // the centre as a fraction of the whole drawing
    function round(n) { return Math.round(n * 100) / 100; }
    function clamp() {
      view.scale = Math.min(Math.max(view.scale, 1), 16);
      var half = 0.5 / view.scale;
      view.cx = Math.min(Math.max(view.cx, half), 1 - half);
      view.cy = Math.min(Math.max(view.cy, half), 1 - half);
    }
    function apply() {
      clamp();
      maps.forEach(function (svg, i) {
        var w = bases[i].w / view.scale, h = bases[i].h / view.scale;
        svg.setAttribute("viewBox", [view.cx * bases[i].w - w / 2, view.cy * bases[i].h - h / 2, w, h].map(round).join(" "));
        svg.classList.toggle("zoomed", view.scale > 1);
      });
    }
    // Zooms by `factor`, keeping the point (fx, fy) of the drawing where it is on screen.
    function zoom(factor, fx, fy) {
      var scale = Math.min(Math.max(view.scale * factor, 1), 16);
      if (fx !== undefined) {
        view.cx = fx - (fx - view.cx) * view.scale / scale;
        view.cy = fy - (fy - view.cy) * view.scale / scale;
      }
      view.scale = scale;
      apply();
    }
    function pan(dx, dy) { view.cx += dx / view.scale; view.cy += dy / view.scale; apply(); }
    function reset() { view = { scale: 1, cx: 0.5, cy: 0.5 }; apply(); }
    // Where a pointer event falls, as a fraction of the whole drawing.
    function pointAt(svg, event) {
      var rect = svg.getBoundingClientRect();
      return { x: view.cx + ((event.clientX - rect.left) / rect.width - 0.5) / view.scale,
               y: view.cy + ((event.clientY - rect.top) / rect.height - 0.5) / view.scale };
    }
    controls.hidden = false;
    controls.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-zoom]");
      if (!button) return;
      var action = button.getAttribute("data-zoom");
      if (action === "in") zoom(1.5); else if (action === "out") zoom(1 / 1.5); else reset();
    });
    maps.forEach(function (svg) {
      svg.addEventListener("keydown", function (event) {
        var step = 0.2;
        switch (event.key) {
          case "+": case "=": zoom(1.5); break;
          case "-": case "_": zoom(1 / 1.5); break;
          case "0": reset(); break;
          case "ArrowLeft": pan(-step, 0); break;
          case "ArrowRight": pan(step, 0); break;
          case "ArrowUp": pan(0, -step); break;
          case "ArrowDown": pan(0, step); break;
          default: return;
        }
        event.preventDefault();
      });
      svg.addEventListener("wheel", function (event) {
        if (document.activeElement !== svg) return;
        event.preventDefault();
        var point = pointAt(svg, event);
        zoom(event.deltaY < 0 ? 1.25 : 0.8, point.x, point.y);
      }, { passive: false });
      var drag = null;
      svg.addEventListener("pointerdown", function (event) {
        // Only a zoomed map drags: on a whole map a finger scrolls the page as usual.
        if (view.scale === 1) return;
        drag = { x: event.clientX, y: event.clientY, cx: view.cx, cy: view.cy, rect: svg.getBoundingClientRect() };
        svg.setPointerCapture(event.pointerId);
      });
      svg.addEventListener("pointermove", function (event) {
        if (!drag) return;
        view.cx = drag.cx - (event.clientX - drag.x) / drag.rect.width / view.scale;
        view.cy = drag.cy - (event.clientY - drag.y) / drag.rect.height / view.scale;
        apply();
      });
      function stop() { drag = null; }
      svg.addEventListener("pointerup", stop);
      svg.addEventListener("pointercancel", stop);
    });
  });
})();
// 4. A chart as a PNG image (Cijfers): beside each chart's SVG link (`a[data-png]`) a PNG link that draws that SVG file
//    into a canvas and offers the picture. Without JavaScript there is no PNG link; the SVG link stays.
(function () {
  "use strict";
  document.querySelectorAll("a[data-png]").forEach(function (svgLink) {
    var link = document.createElement("a");
    link.href = "#";
    link.className = "chart-png";
    link.textContent = svgLink.getAttribute("data-png");
    link.setAttribute("download", svgLink.getAttribute("data-png-name") || "grafiek.png");
    var ready = false;
    link.addEventListener("click", function (event) {
      if (ready) return;
      event.preventDefault();
      fetch(svgLink.href, { credentials: "same-origin" }).then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.text();
      }).then(function (text) {
        var image = new Image();
        image.onload = function () {
          var scale = 2, canvas = document.createElement("canvas");
          canvas.width = image.width * scale;
          canvas.height = image.height * scale;
          var context = canvas.getContext("2d");
          context.fillStyle = "#ffffff";
          context.fillRect(0, 0, canvas.width, canvas.height);
          context.drawImage(image, 0, 0, canvas.width, canvas.height);
          link.href = canvas.toDataURL("image/png");
          ready = true;
          link.click();
        };
        image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(text);
      }).catch(function () { link.removeAttribute("href"); });
    });
    svgLink.parentNode.insertBefore(link, svgLink.nextSibling);
    svgLink.parentNode.insertBefore(document.createTextNode(" · "), link);
  });
  // 7. Copy buttons (Cijfers dashboard's share box): `button[data-copy]` comes hidden and copies the text of the
  //    field it names; without JavaScript (or without the clipboard) the field is there to select and copy by hand.
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field || !navigator.clipboard) return;
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(function () {
        button.textContent = button.getAttribute("data-copied") || label;
        setTimeout(function () { button.textContent = label; }, 2000);
      }, function () { field.select(); });
    });
  });
})();
