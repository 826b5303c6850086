package io.lineup.campaign;

import io.lineup.run.Trigger;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignController {

  private final CampaignService campaigns;

  CampaignController(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @GetMapping
  List<Campaign> list() {
    return campaigns.list();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Campaign create(@RequestBody CampaignRequest request) {
    return campaigns.create(request);
  }

  @GetMapping("/{id}")
  Campaign get(@PathVariable long id) {
    return campaigns.get(id);
  }

  @PutMapping("/{id}")
  Campaign update(@PathVariable long id, @RequestBody CampaignRequest request) {
    return campaigns.update(id, request);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    campaigns.delete(id);
  }

  @PostMapping("/{id}/launches")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Launch launch(@PathVariable long id) {
    return campaigns.launch(id, Trigger.API);
  }

  @GetMapping("/{id}/launches")
  List<Launch> launches(@PathVariable long id, @RequestParam(defaultValue = "50") int limit) {
    return campaigns.launches(id, Math.min(Math.max(limit, 1), 500));
  }
}
